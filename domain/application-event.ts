// What happened to a membership application, for its history on the status page and in the
// staff console. Decisions (保留, 却下, 承認) carry the staff's reason.
export const APPLICATION_EVENT_KINDS = {
  provisional_submitted: '加入(仮)申請',
  code_issued: '事業者コード発行',
  final_submitted: '加入(本)申請',
  on_hold: '保留',
  rejected: '却下',
  approved: '承認',
} as const;

export type ApplicationEventKind = keyof typeof APPLICATION_EVENT_KINDS;
