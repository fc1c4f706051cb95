// The joining lifecycle picture for each state: the current step named in words, the path taken.
import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../domain/application-status';
import { changeRequestLifecycle } from '../../domain/lifecycle/change-request';
import { joiningLifecycle } from '../../domain/lifecycle/joining';
import { LifecyclePicture } from '../../templates/components/lifecycle-picture';

const CURRENT: Record<ApplicationStatus, string> = {
  link_sent: '仮申請',
  link_expired: '仮申請',
  provisional_submitted: '事業者コード発行',
  code_issued: '本申請',
  under_review: '審査',
  on_hold: '保留・却下',
  rejected: '保留・却下',
  approved: '承認',
  expired: '本申請',
};

function render(status: ApplicationStatus, events: { kind: 'on_hold' | 'rejected' | 'approved' }[] = []): string {
  return String(<LifecyclePicture lifecycle={joiningLifecycle(status, events)} />);
}

describe('joining lifecycle picture', () => {
  it.each(Object.keys(APPLICATION_STATUSES) as ApplicationStatus[])('names the current step for %s', (status) => {
    const events = status === 'on_hold' ? [{ kind: 'on_hold' as const }] : status === 'rejected' ? [{ kind: 'rejected' as const }] : [];
    const html = render(status, events);
    expect(html).toContain(`現在の段階：${CURRENT[status]}`);
    expect(html).toContain('role="img"');
    expect(html).not.toContain('style=');
    for (const label of ['リンク確認', '仮申請', '事業者コード発行', '本申請', '審査', '承認']) expect(html).toContain(`>${label}<`);
  });

  it('marks the steps already passed as done, in words', () => {
    const lifecycle = joiningLifecycle('under_review', []);
    expect(lifecycle.steps.map((step) => step.state)).toEqual(['done', 'done', 'done', 'done', 'current', 'ahead']);
    expect(render('under_review')).toContain('【完了】');
    expect(render('under_review')).toContain('【現在】');
  });

  it('counts the 保留・却下 rounds taken and marks an expired link as ended', () => {
    const lifecycle = joiningLifecycle('under_review', [{ kind: 'on_hold' }, { kind: 'rejected' }]);
    expect(lifecycle.loop).toMatchObject({ state: 'done', visits: 2 });
    expect(render('under_review', [{ kind: 'on_hold' }, { kind: 'rejected' }])).toContain('保留・却下（2回）');
    expect(joiningLifecycle('link_expired', []).steps[1]).toEqual({ label: '仮申請', state: 'ended' });
    expect(render('approved')).not.toContain('【現在】');
  });
});

describe('change, succession and withdrawal request pictures', () => {
  const draw = (...args: Parameters<typeof changeRequestLifecycle>) => String(<LifecyclePicture lifecycle={changeRequestLifecycle(...args)} />);

  it('names where a reviewed request stands, in words', () => {
    expect(draw('change', 'under_review', [])).toContain('現在の段階：審査');
    expect(draw('change', 'on_hold', [{ kind: 'on_hold' }])).toContain('現在の段階：保留・却下');
    expect(draw('change', 'approved', [])).toContain('現在の段階：会員情報へ反映');
    expect(draw('withdrawal', 'approved', [])).toContain('現在の段階：会員資格終了');
    expect(draw('succession', 'under_review', [])).toContain('承継申請の流れ');
    expect(draw('change', 'cancelled', [])).toContain('現在の段階：審査（取下げ）');
  });

  it('shows an immediate 管理者 change as applied at once', () => {
    const lifecycle = changeRequestLifecycle('administrators', 'applied', []);
    expect(lifecycle.steps).toEqual([{ label: '申請', state: 'done' }, { label: '即時反映', state: 'done' }]);
    expect(lifecycle.loop).toBeUndefined();
  });
});
