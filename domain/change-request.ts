// 会員情報変更申請 (第5章), 承継 (第6章) and 脱退 (第7章): what a request is about and where it stands.
// 管理者 changes are applied at once; they are kept as requests too so 会員情報変更申請一覧 and the
// audit trail show them.

/** What a request asks for. */
export const CHANGE_REQUEST_KINDS = {
  /** 会社情報の変更 (reviewed) */
  change: '会員情報変更',
  /** 管理者①②の変更 (applied at once) */
  administrators: '管理者情報変更',
  /** 承継 */
  succession: '承継',
  /** 脱退 */
  withdrawal: '脱退',
} as const;
export type ChangeRequestKind = keyof typeof CHANGE_REQUEST_KINDS;

/** Kinds that go through staff review, each in a change-request workflow. */
export type ReviewedKind = Exclude<ChangeRequestKind, 'administrators'>;
export const ENDING_KINDS: readonly ReviewedKind[] = ['succession', 'withdrawal'];

export const CHANGE_REQUEST_STATUSES = {
  under_review: '審査中',
  on_hold: '保留',
  rejected: '却下',
  approved: '承認',
  applied: '即時反映',
  cancelled: '取下げ',
} as const;
export type ChangeRequestStatus = keyof typeof CHANGE_REQUEST_STATUSES;

/** Statuses in which a reviewed request is still open (the member may resubmit after 保留/却下). */
export const OPEN_STATUSES: readonly ChangeRequestStatus[] = ['under_review', 'on_hold', 'rejected'];

/** 承継先: the business that takes the membership over. */
export interface Successor {
  /** 承継事業者コード */
  businessCode: string;
  /** 承継事業者名 */
  name: string;
}

export const CHANGE_REQUEST_EVENT_KINDS = {
  submitted: '申請',
  resubmitted: '再申請',
  on_hold: '保留',
  rejected: '却下',
  approved: '承認',
  cancelled: '取下げ',
} as const;
export type ChangeRequestEventKind = keyof typeof CHANGE_REQUEST_EVENT_KINDS;

export function changeRequestWorkflowId(requestId: string): string {
  return `change-request-${requestId}`;
}
