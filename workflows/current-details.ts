// What the Temporal Web UI shows as a workflow's "current details": where the case stands, in the
// staff console's words, so an operator need not read the event history to know it. Pure and
// deterministic (workflow code); setCurrentDetails writes no history event.
import { APPLICATION_STATUSES, type ApplicationStatus } from '../domain/application-status';
import { CHANGE_REQUEST_KINDS, CHANGE_REQUEST_STATUSES, type ChangeRequestStatus, type ReviewedKind } from '../domain/change-request';
import { MEMBER_STATUS_LABELS, type MemberStatus } from '../domain/member-status';

const JAPAN_OFFSET_MS = 9 * 3_600_000;

/** 2027-05-26 09:00（日本時間）: workflow time, shown as staff read it. */
export function japanTime(ms: number): string {
  const iso = new Date(ms + JAPAN_OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}（日本時間）`;
}

/** A heading and its facts as a Markdown list, the facts without a value left out. */
function details(heading: string, facts: [label: string, value: string | undefined][]): string {
  const lines = facts.filter(([, value]) => value).map(([label, value]) => `- ${label}: ${value}`);
  return [`**${heading}**`, '', ...lines].join('\n');
}

export function applicationDetails(a: {
  companyName: string;
  status: ApplicationStatus;
  receiptNumber?: string | undefined;
  businessCode?: string | undefined;
  /** When the current wait ends (リンク期限, 事業者コード or 本申請の期限). */
  deadlineMs?: number | undefined;
}): string {
  return details(`加入申請 ${a.companyName}`, [
    ['状況', APPLICATION_STATUSES[a.status]],
    ['受付番号', a.receiptNumber],
    ['事業者コード', a.businessCode],
    ['期限', a.deadlineMs === undefined ? undefined : japanTime(a.deadlineMs)],
  ]);
}

export function memberDetails(m: { businessCode: string; companyName: string; status: MemberStatus; endedBy?: string | undefined }): string {
  return details(`会員 ${m.companyName}`, [
    ['事業者コード', m.businessCode],
    ['状態', MEMBER_STATUS_LABELS[m.status]],
    ['終了の申請', m.endedBy],
  ]);
}

export function changeRequestDetails(r: { kind: ReviewedKind; businessCode: string; companyName: string; status: ChangeRequestStatus }): string {
  return details(`${CHANGE_REQUEST_KINDS[r.kind]} ${r.companyName}`, [
    ['事業者コード', r.businessCode],
    ['状況', CHANGE_REQUEST_STATUSES[r.status]],
  ]);
}
