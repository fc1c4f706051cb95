// 会員情報変更, 承継 and 脱退 requests as a picture: 申請 → 審査 → 承認 → 反映 (or 会員資格終了), with
// the 保留・却下 loop back to 申請; an immediate 管理者 change is 申請 → 即時反映.
import type { ChangeRequestEventKind, ChangeRequestKind, ChangeRequestStatus } from '../change-request';
import { linearSteps, type Lifecycle } from './steps';

const TITLES: Record<ChangeRequestKind, string> = {
  change: '会員情報変更申請の流れ',
  administrators: '管理者情報変更の流れ',
  succession: '承継申請の流れ',
  withdrawal: '脱退申請の流れ',
};

export function changeRequestLifecycle(kind: ChangeRequestKind, status: ChangeRequestStatus, events: readonly { kind: ChangeRequestEventKind }[]): Lifecycle {
  const title = TITLES[kind];
  if (kind === 'administrators') return { title, steps: linearSteps(['申請', '即時反映'], 2) };
  const labels = ['申請', '審査', '承認', kind === 'change' ? '会員情報へ反映' : '会員資格終了'];
  const visits = events.filter((e) => e.kind === 'on_hold' || e.kind === 'rejected').length;
  const inLoop = status === 'on_hold' || status === 'rejected';
  const current = { under_review: 1, on_hold: 2, rejected: 2, approved: 4, applied: 4, cancelled: 1 }[status];
  const steps = linearSteps(labels, current);
  if (inLoop) steps[2] = { label: '承認', state: 'ahead' };
  if (status === 'cancelled') steps[1] = { label: '審査（取下げ）', state: 'ended' };
  return { title, steps, loop: { label: '保留・却下', state: inLoop ? 'current' : visits > 0 ? 'done' : 'ahead', from: 1, to: 0, visits } };
}
