// What the staff console says after one of its steps (the page it redirects to reads `?done=`):
// the step is recorded by then, and any mail to the applicant or member is on its way.
const STEP_DONE = {
  code: '事業者コードを発行しました。申請者へメールで通知します。',
  approve: '承認しました。',
  // Shared by 加入申請 (mailed to the applicant) and change requests (to the member's 管理者).
  hold: '保留にしました。理由をメールで通知します。',
  reject: '却下しました。理由をメールで通知します。',
} as const;

type StaffStep = keyof typeof STEP_DONE;

/** The message for a `done` query parameter; nothing for an unknown or missing one. */
export function staffStepDone(done: string | undefined): string | undefined {
  return done !== undefined && Object.hasOwn(STEP_DONE, done) ? STEP_DONE[done as StaffStep] : undefined;
}
