// Every form's schema under random and hostile input: it never throws, and it answers with clean
// data or with Japanese messages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationLookupSchema, LOOKUP_FIELDS } from '../../domain/forms/application-lookup';
import { LIST_FIELDS, TEXT_FIELDS } from '../../domain/forms/application';
import { FINAL_APPLICATION_EXTRA_FIELDS, parseFinalApplicationForm } from '../../domain/forms/final-application';
import { FORGOT_PASSWORD_FIELDS, forgotPasswordSchema } from '../../domain/forms/forgot-password';
import { JOIN_LINK_FIELDS, joinLinkRequestSchema } from '../../domain/forms/join-link-request';
import { MEMBER_LOGIN_FIELDS, memberLoginSchema, STAFF_LOGIN_FIELDS, staffLoginSchema } from '../../domain/forms/login';
import { parseMemberChangeForm } from '../../domain/forms/member-change';
import { parseForm } from '../../domain/forms/parse-form';
import { NEW_PASSWORD_FIELDS, newPasswordSchema, PASSWORD_CHANGE_FIELDS, passwordChangeSchema } from '../../domain/forms/password-change';
import { PROVISIONAL_APPLICATION_EXTRA_FIELDS, parseProvisionalApplicationForm } from '../../domain/forms/provisional-application';
import { REFUND_ACCOUNT_FIELDS, refundAccountSchema } from '../../domain/forms/refund-account';
import { businessCodeIssueSchema, staffDecisionSchema } from '../../domain/forms/staff-decision';
import { SUCCESSION_FIELDS, successionSchema, withdrawalSchema } from '../../domain/forms/succession';
import { newUserSchema, USER_FIELDS, userUpdateSchema } from '../../domain/forms/user';
import { DEFAULT_PASSWORD_POLICY } from '../../domain/password-policy';
import { hostileForm, isJapaneseMessage } from './hostile-input';

type Outcome = { ok: true } | { ok: false; errors: Record<string, string | undefined> };

const FORMS: [string, readonly string[], (input: Record<string, unknown>) => Outcome][] = [
  ['加入申請リンク確認', JOIN_LINK_FIELDS, (i) => parseForm(joinLinkRequestSchema, JOIN_LINK_FIELDS, i)],
  ['申請状況確認・再表示', LOOKUP_FIELDS, (i) => parseForm(applicationLookupSchema, LOOKUP_FIELDS, i)],
  ['加入(仮)申請', [...TEXT_FIELDS, ...LIST_FIELDS, ...PROVISIONAL_APPLICATION_EXTRA_FIELDS], (i) => parseProvisionalApplicationForm(i)],
  ['加入(本)申請', [...TEXT_FIELDS, ...LIST_FIELDS, ...FINAL_APPLICATION_EXTRA_FIELDS], parseFinalApplicationForm],
  ['ログイン', MEMBER_LOGIN_FIELDS, (i) => parseForm(memberLoginSchema, MEMBER_LOGIN_FIELDS, i)],
  ['本機関ログイン', STAFF_LOGIN_FIELDS, (i) => parseForm(staffLoginSchema, STAFF_LOGIN_FIELDS, i)],
  ['ID／パスワードを忘れた方', FORGOT_PASSWORD_FIELDS, (i) => parseForm(forgotPasswordSchema, FORGOT_PASSWORD_FIELDS, i)],
  ['パスワード変更', PASSWORD_CHANGE_FIELDS, (i) => parseForm(passwordChangeSchema(DEFAULT_PASSWORD_POLICY), PASSWORD_CHANGE_FIELDS, i)],
  ['パスワード再設定', NEW_PASSWORD_FIELDS, (i) => parseForm(newPasswordSchema(DEFAULT_PASSWORD_POLICY), NEW_PASSWORD_FIELDS, i)],
  ['ユーザ情報登録', USER_FIELDS, (i) => parseForm(newUserSchema, USER_FIELDS, i)],
  ['ユーザ情報詳細 変更', USER_FIELDS, (i) => parseForm(userUpdateSchema, USER_FIELDS, i)],
  ['会員情報変更申請', [...TEXT_FIELDS, ...LIST_FIELDS, 'requestId'], (i) => parseMemberChangeForm(i)],
  ['承継', SUCCESSION_FIELDS, (i) => parseForm(successionSchema, SUCCESSION_FIELDS, i)],
  ['脱退', ['requestId'], (i) => parseForm(withdrawalSchema, ['requestId'], i)],
  ['容量市場口座情報等', REFUND_ACCOUNT_FIELDS, (i) => parseForm(refundAccountSchema, REFUND_ACCOUNT_FIELDS, i)],
  ['事業者コード発行', ['businessCode'], (i) => parseForm(businessCodeIssueSchema, ['businessCode'], i)],
  ['承認・保留・却下', ['decision', 'reason'], (i) => parseForm(staffDecisionSchema, ['decision', 'reason'], i)],
];

describe.each(FORMS)('%s', (_, fields, parse) => {
  it('answers any input with clean data or Japanese messages, never an exception', () => {
    fc.assert(
      fc.property(hostileForm(fields), (input) => {
        const result = parse(input);
        if (!result.ok) {
          const messages = Object.values(result.errors);
          expect(messages.length).toBeGreaterThan(0);
          for (const message of messages) expect(isJapaneseMessage(message)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
