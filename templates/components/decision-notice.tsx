// After 保留 or 却下: the decision and its reason where the applicant or member answers it (加入(本)申請,
// a change request's page and its correction), so the reason is read where the next step is taken.
export interface Decision {
  /** 保留 or 却下 */
  label: string;
  reason: string;
}

/** `again` says how the step is taken again, e.g. 「本申請」を行って. */
export function DecisionNotice({ decision, again }: { decision: Decision | undefined; again: string }) {
  return decision ? (
    <div class="panel decision-notice" role="alert">
      <p>{`この申請は「${decision.label}」となっています。理由に応じて申請内容を更新し、再度${again}ください。`}</p>
      <p class="reason">{`${decision.label}理由: ${decision.reason}`}</p>
    </div>
  ) : null;
}
