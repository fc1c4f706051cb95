// The step header of 加入申請状況の確認 marks the step the application is at, on the page and in
// each poll of its panel.
import { describe, expect, it } from 'vitest';
import type { ApplicationEventKind } from '../../domain/application-event';
import type { ApplicationStatus } from '../../domain/application-status';
import { StatusPage, StatusPanelUpdate, type StatusPanelProps } from '../../templates/public/application-status';

function props(status: ApplicationStatus, businessCode: string | null, events: ApplicationEventKind[]): StatusPanelProps {
  return {
    panelUrl: '/join/status/J-7K3M-9Q2P/panel?token=t',
    version: 'v1',
    receiptNumber: 'J-7K3M-9Q2P',
    companyName: '広域電力株式会社',
    status,
    businessCode,
    finalApplicationDeadline: null,
    events: events.map((kind) => ({ kind })),
    timeline: [],
  };
}

const currentStep = (html: string) => /<li class="current" aria-current="step">([^<]+)<\/li>/.exec(html)?.[1];

describe('加入申請状況の確認 step header', () => {
  it.each([
    ['仮申請済み', props('provisional_submitted', null, ['provisional_submitted']), '仮申請'],
    ['却下 before the code', props('rejected', null, ['provisional_submitted', 'rejected']), '仮申請'],
    ['expired waiting for the code', props('expired', null, ['provisional_submitted']), '仮申請'],
    ['code issued', props('code_issued', 'A1B2', ['provisional_submitted', 'code_issued']), '本申請'],
    ['under review', props('under_review', 'A1B2', ['provisional_submitted', 'code_issued', 'final_submitted']), '本申請'],
    ['保留', props('on_hold', 'A1B2', ['provisional_submitted', 'code_issued', 'final_submitted', 'on_hold']), '本申請'],
  ] as const)('marks the step for %s', (_name, panel, step) => {
    const html = String(<StatusPage {...panel} />);
    expect(currentStep(html)).toBe(step);
    expect(html.match(/aria-current="step"/g)).toHaveLength(1);
  });

  it('moves the header with the panel when the code is issued while the page is open', () => {
    const html = String(<StatusPanelUpdate {...props('code_issued', 'A1B2', ['provisional_submitted', 'code_issued'])} />);
    expect(html).toContain('id="status-panel"');
    expect(html).toMatch(/<ol id="join-steps" class="join-steps" aria-label="加入申請の手順" hx-swap-oob="true">/);
    expect(currentStep(html)).toBe('本申請');
  });
});

describe('加入申請状況の確認 polling', () => {
  const open = props('on_hold', 'A1B2', ['provisional_submitted', 'code_issued', 'final_submitted', 'on_hold']);

  it('sends the version it shows with each poll, so an unchanged panel is answered 204 and not swapped', () => {
    expect(String(<StatusPage {...open} />)).toContain('hx-get="/join/status/J-7K3M-9Q2P/panel?token=t&amp;v=v1"');
  });

  it('names its links, so htmx gives a focused link its focus back when a changed panel replaces it', () => {
    const html = String(<StatusPanelUpdate {...open} />);
    expect(html).toContain('<a id="status-final-link" class="button" href="/join/final">加入(本)申請</a>');
    expect(html).toMatch(/<a id="status-attachments-link" class="button secondary" href="[^"]+">関連資料の提出<\/a>/);
  });
});
