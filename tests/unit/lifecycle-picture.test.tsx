// The joining lifecycle picture for each state: the current step named in words, the path taken.
import { describe, expect, it } from 'vitest';
import type { ApplicationEventKind } from '../../domain/application-event';
import { APPLICATION_STATUSES, closureOf, type ApplicationStatus } from '../../domain/application-status';
import { changeRequestLifecycle } from '../../domain/lifecycle/change-request';
import { joiningLifecycle } from '../../domain/lifecycle/joining';
import type { StepState } from '../../domain/lifecycle/steps';
import { LifecyclePicture } from '../../templates/components/lifecycle-picture';

type Kind = ApplicationEventKind;
const CODE: Kind[] = ['provisional_submitted', 'code_issued'];
const REVIEWED: Kind[] = [...CODE, 'final_submitted'];

interface Case {
  name: string;
  status: ApplicationStatus;
  events: Kind[];
  caption: string;
  /** The states of リンク確認, 仮申請, 事業者コード発行, 本申請, 審査, 承認. */
  steps: StepState[];
  loop?: StepState;
}

// Every status with the history that leads to it; the end states by where they ended.
const CASES: Case[] = [
  { name: 'link sent', status: 'link_sent', events: [], caption: '仮申請', steps: ['done', 'current', 'ahead', 'ahead', 'ahead', 'ahead'], loop: 'ahead' },
  { name: 'link expired', status: 'link_expired', events: [], caption: '仮申請', steps: ['done', 'ended', 'ahead', 'ahead', 'ahead', 'ahead'], loop: 'ahead' },
  { name: 'waiting for the code', status: 'provisional_submitted', events: ['provisional_submitted'], caption: '事業者コード発行', steps: ['done', 'done', 'current', 'ahead', 'ahead', 'ahead'], loop: 'ahead' },
  { name: 'code issued', status: 'code_issued', events: CODE, caption: '本申請', steps: ['done', 'done', 'done', 'current', 'ahead', 'ahead'], loop: 'ahead' },
  { name: 'under review', status: 'under_review', events: REVIEWED, caption: '審査', steps: ['done', 'done', 'done', 'done', 'current', 'ahead'], loop: 'ahead' },
  { name: 'on hold', status: 'on_hold', events: [...REVIEWED, 'on_hold'], caption: '保留・却下', steps: ['done', 'done', 'done', 'done', 'done', 'ahead'], loop: 'current' },
  { name: 'rejected after the code', status: 'rejected', events: [...REVIEWED, 'rejected'], caption: '保留・却下', steps: ['done', 'done', 'done', 'done', 'done', 'ahead'], loop: 'current' },
  { name: 'approved', status: 'approved', events: [...REVIEWED, 'on_hold', 'final_submitted', 'approved'], caption: '承認', steps: ['done', 'done', 'done', 'done', 'done', 'done'], loop: 'done' },
  { name: 'expired waiting for the code', status: 'expired', events: ['provisional_submitted'], caption: '事業者コード発行', steps: ['done', 'done', 'ended', 'ahead', 'ahead', 'ahead'], loop: 'ahead' },
  { name: 'expired waiting for 本申請', status: 'expired', events: CODE, caption: '本申請', steps: ['done', 'done', 'done', 'ended', 'ahead', 'ahead'], loop: 'ahead' },
  { name: 'expired after 保留', status: 'expired', events: [...REVIEWED, 'on_hold'], caption: '保留・却下', steps: ['done', 'done', 'done', 'done', 'done', 'ahead'], loop: 'ended' },
  { name: 'expired after 却下', status: 'expired', events: [...REVIEWED, 'rejected'], caption: '保留・却下', steps: ['done', 'done', 'done', 'done', 'done', 'ahead'], loop: 'ended' },
  // Ended by a 却下 before the code: the steps after 仮申請 never came, and no way leads back.
  { name: 'rejected before the code', status: 'rejected', events: ['provisional_submitted', 'rejected'], caption: '却下', steps: ['done', 'done', 'ahead', 'ahead', 'ahead', 'ahead'] },
];

function render(status: ApplicationStatus, events: { kind: Kind }[] = []): string {
  return String(<LifecyclePicture lifecycle={joiningLifecycle(status, events)} />);
}

const eventsOf = (kinds: Kind[]) => kinds.map((kind) => ({ kind }));

describe('joining lifecycle picture', () => {
  it('has a case for every status', () => {
    expect(new Set(CASES.map((c) => c.status))).toEqual(new Set(Object.keys(APPLICATION_STATUSES)));
  });

  it.each(CASES)('draws $name where it stands', ({ status, events, caption, steps, loop }) => {
    const lifecycle = joiningLifecycle(status, eventsOf(events));
    expect(lifecycle.steps.map((step) => step.state)).toEqual(steps);
    expect(lifecycle.loop?.state).toBe(loop);
    const html = render(status, eventsOf(events));
    expect(html).toContain(`現在の段階：${caption}`);
    expect(html).toContain('role="img"');
    expect(html).not.toContain('style=');
    for (const label of ['リンク確認', '仮申請', '事業者コード発行', '本申請', '審査', '承認']) expect(html).toContain(`>${label}<`);
    // Nothing is current once the application is closed to the applicant; until then one step is.
    const businessCode = events.includes('code_issued') ? 'AB12' : null;
    if (closureOf({ status, businessCode })) expect(html).not.toContain('【現在】');
    else expect(html).toContain('【現在】');
  });

  it('ends a 却下 before the code below 仮申請, with no way back to 本申請', () => {
    const lifecycle = joiningLifecycle('rejected', eventsOf(['provisional_submitted', 'rejected']));
    expect(lifecycle.loop).toBeUndefined();
    expect(lifecycle.exit).toEqual({ label: '却下', state: 'ended', from: 1 });
    const html = render('rejected', eventsOf(['provisional_submitted', 'rejected']));
    expect(html).toContain('リンク確認（完了）、仮申請（完了）、事業者コード発行、本申請、審査、承認、却下（終了）');
    expect(html.match(/【完了】/g)).toHaveLength(2);
    expect(html).toContain('【終了】');
    expect(html).not.toContain('【現在】');
    expect(html).not.toContain('保留・却下');
  });

  it('names the lapsed wait as ended, in words', () => {
    expect(render('expired', eventsOf(['provisional_submitted']))).toContain('リンク確認（完了）、仮申請（完了）、事業者コード発行（終了）、本申請、審査、承認');
    expect(render('expired', eventsOf([...REVIEWED, 'on_hold']))).toMatch(/保留・却下（1回）<\/text><text[^>]*>【終了】/);
  });

  it('marks the steps already passed as done, in words', () => {
    expect(render('under_review')).toContain('【完了】');
    expect(render('under_review')).toContain('【現在】');
  });

  it('counts the 保留・却下 rounds taken', () => {
    const lifecycle = joiningLifecycle('under_review', [{ kind: 'on_hold' }, { kind: 'rejected' }]);
    expect(lifecycle.loop).toMatchObject({ state: 'done', visits: 2 });
    expect(render('under_review', [{ kind: 'on_hold' }, { kind: 'rejected' }])).toContain('保留・却下（2回）');
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
