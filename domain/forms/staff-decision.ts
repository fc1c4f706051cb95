// The staff's forms on an application: issuing the 事業者コード, and 承認 / 保留 / 却下 with a reason
// (required for 保留 and 却下, mailed to the applicant; refused with 承認, which has none). Neither
// can be undone, so each form's post shows a confirmation page first, whose buttons send the same
// fields again with `confirmed`.
import { z } from 'zod';
import { optionalFormIdField } from './form-id';
import { businessCode } from './user-fields';

/** The confirmation page's buttons: `yes` takes the step, `back` returns to the form; absent (or anything else), the confirmation is shown. */
const confirmedField = z.enum(['yes', 'back']).optional().catch(undefined);

export const businessCodeIssueSchema = z.object({ businessCode: businessCode(), formId: optionalFormIdField, confirmed: confirmedField });

export const BUSINESS_CODE_ISSUE_FIELDS = ['businessCode', 'formId', 'confirmed'] as const;
export const STAFF_DECISION_FIELDS = ['decision', 'reason', 'formId', 'confirmed'] as const;

export const DECISIONS = { approve: '承認', hold: '保留', reject: '却下' } as const;
export type Decision = keyof typeof DECISIONS;

export const APPROVAL_WITH_REASON = '理由が入力されています。保留・却下する場合は「保留」または「却下」を、承認する場合は理由を空欄にして「承認」を押してください。';

export const staffDecisionSchema = z
  .object({
    // z.enum(DECISIONS) would accept the labels (the object's values); the form sends the keys.
    decision: z.enum(Object.keys(DECISIONS) as [Decision, ...Decision[]], { error: '承認・保留・却下のいずれかを選んでください。' }),
    reason: z
      .string()
      .optional()
      .transform((v) => (v ?? '').replace(/\r\n?/g, '\n').trim())
      .pipe(z.string().max(2000, '理由は2000文字以内で入力してください。')),
    formId: optionalFormIdField,
    confirmed: confirmedField,
  })
  .refine((d) => d.decision === 'approve' || d.reason.length > 0, {
    path: ['reason'],
    error: (issue) => `${DECISIONS[(issue.input as { decision: Decision }).decision]}の理由を入力してください。`,
  })
  // 承認 cannot be undone and takes no reason: a reason typed with it most likely meant 保留 or 却下.
  .refine((d) => d.decision !== 'approve' || d.reason.length === 0, {
    path: ['reason'],
    error: APPROVAL_WITH_REASON,
  });
