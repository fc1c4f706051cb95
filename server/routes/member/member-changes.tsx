// 会員情報変更 (第5章): 会員情報変更申請一覧 with its search, 新規申請, and 変更. For 管理者 only (see
// README, Decisions); every lookup is scoped to the logged-in member. A 管理者 whom 変更 made a
// 担当者 is told the outcome outside /member/changes.
import { Hono, type Context } from 'hono';
import { randomUUID } from 'node:crypto';
import type { Member } from '../../../db/models/member';
import { administratorsBasis, currentAdministrators } from '../../../db/repositories/administrators';
import { administratorInfo } from '../../../db/repositories/users';
import { openRequestOf, searchChangeRequests } from '../../../db/repositories/change-requests';
import { valuesOf, type FormErrors, type FormValues } from '../../../domain/forms/application';
import type { CompanyInfo } from '../../../domain/company';
import { changeRequestSearchSchema } from '../../../domain/forms/change-request-search';
import { parseMemberChangeForm } from '../../../domain/forms/member-change';
import { AdministratorsUpdatedPage } from '../../../templates/member/changes/administrators-updated';
import { ChangeFormPage, type EndingFormProps } from '../../../templates/member/changes/change-form';
import { ChangeListPage } from '../../../templates/member/changes/change-list';
import type { AppDeps, AppEnv, MemberAuth } from '../../deps';
import { submitMemberChange } from '../../member-change-submission';

const DONE: Record<string, string> = {
  applied: '管理者情報を更新しました。新しく登録された管理者には、パスワードを記載したメールをお送りします。',
  cancelled: '申請を取下げました。',
};

const ADMINISTRATOR_FIELD = /^admin[12]\./;

/** The form's 管理者①/② fields as stored now, with the edit basis they make. */
async function storedAdministratorValues(deps: AppDeps, member: Member): Promise<FormValues> {
  const current = await currentAdministrators(deps.db, member.businessCode);
  const [first, second] = current;
  const fallback = first ?? second;
  const values = fallback
    ? valuesOf({ company: member.company, administrator1: administratorInfo(first ?? fallback), administrator2: first && second ? administratorInfo(second) : null })
    : {};
  const administrators = Object.entries(values).filter(([field]) => ADMINISTRATOR_FIELD.test(field));
  return { ...Object.fromEntries(administrators), administratorsBasis: administratorsBasis(current) };
}

/** The form's values: `company` (the member's by default) with 管理者①/② as stored now. */
export async function formValues(deps: AppDeps, member: Member, company: CompanyInfo = member.company): Promise<FormValues> {
  return { ...company, businessTypes: [...company.businessTypes], ...(await storedAdministratorValues(deps, member)) };
}

/** A form refused because the 管理者 changed meanwhile: what was sent, its 管理者 part as stored now. */
export async function withStoredAdministrators(deps: AppDeps, member: Member, sent: FormValues): Promise<FormValues> {
  const company = Object.entries(sent).filter(([field]) => !ADMINISTRATOR_FIELD.test(field));
  return { ...Object.fromEntries(company), ...(await storedAdministratorValues(deps, member)) };
}

export async function renderChangeForm(
  deps: AppDeps,
  c: Context<AppEnv>,
  options: { values?: FormValues; errors?: FormErrors; error?: string; ending?: Partial<EndingFormProps> } = {},
  status: 200 | 409 | 422 = 200,
) {
  const auth = c.get('member');
  const open = await openRequestOf(deps.db, auth.member.businessCode);
  const values = options.values ?? { ...(await formValues(deps, auth.member)), requestId: randomUUID() };
  // A refusal answering 承継/脱退 (options.ending given) is shown in their section, not above 変更.
  const endingError = options.ending ? options.error : undefined;
  const ending = { requestId: randomUUID(), values: {}, errors: {}, ...options.ending, error: endingError, openRequestId: open?.id };
  return c.html(
    <ChangeFormPage auth={auth} values={values} errors={options.errors ?? {}} error={options.ending ? undefined : options.error} action="/member/changes" ending={ending} openRequestId={open?.id} />,
    status,
  );
}

/**
 * Where 変更 leads: `location`, unless it left its sender a 担当者, who may not open it; `reviewed`
 * when a company change went to review with it.
 */
export async function locationAfterChange(deps: AppDeps, auth: MemberAuth, location: string, reviewed: boolean): Promise<string> {
  const sender = await deps.db.models.User.findByPk(auth.user.id);
  if (sender?.role === 'administrator') return location;
  return `${ADMINISTRATORS_UPDATED}${reviewed ? '?submitted' : ''}`;
}

const ADMINISTRATORS_UPDATED = '/member/administrators-updated';

export function memberChangeRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/member/changes', async (c) => {
    const auth = c.get('member');
    const search = changeRequestSearchSchema.parse(c.req.query());
    const requests = await searchChangeRequests(deps.db, auth.member.businessCode, search);
    const done = Object.keys(DONE).find((key) => c.req.query(key) !== undefined);
    return c.html(<ChangeListPage auth={auth} requests={requests} search={search} done={done ? DONE[done] : undefined} />);
  });

  // 承継の確認's 戻る names the successor typed (endingSectionAddress): shown again, not checked yet.
  app.get('/member/changes/new', (c) => {
    const { successorCode, successorName } = c.req.query();
    return renderChangeForm(deps, c, { ending: { values: { successorCode, successorName } } });
  });

  app.post('/member/changes', async (c) => {
    const auth = c.get('member');
    const body = await c.req.parseBody({ all: true });
    const result = parseMemberChangeForm(body);
    if (!result.ok) {
      const values = result.errors.requestId ? { ...result.values, requestId: randomUUID() } : result.values;
      return renderChangeForm(deps, c, { values, errors: result.errors }, 422);
    }
    const { requestId, administratorsBasis, data } = result.data;
    const outcome = await submitMemberChange(deps, auth, { requestId, administratorsBasis, data });
    if (!outcome.ok) {
      const sent = { ...valuesOf(data), requestId: randomUUID() };
      const values = outcome.administratorsChangedMeanwhile ? await withStoredAdministrators(deps, auth.member, sent) : sent;
      return renderChangeForm(deps, c, { values, error: outcome.message }, outcome.status);
    }
    c.get('log').info({ businessCode: auth.member.businessCode, request: outcome.reviewedRequestId, administrators: outcome.administratorsChanged }, '会員情報変更');
    const location = outcome.reviewedRequestId ? `/member/changes/${outcome.reviewedRequestId}?submitted${outcome.administratorsChanged ? '&applied' : ''}` : '/member/changes?applied';
    return c.redirect(await locationAfterChange(deps, auth, location, outcome.reviewedRequestId !== null), 303);
  });

  // Outside /member/changes, which only 管理者 may open.
  app.get(ADMINISTRATORS_UPDATED, (c) => {
    const auth = c.get('member');
    if (auth.user.role === 'administrator') return c.redirect('/member/changes?applied', 303);
    return c.html(<AdministratorsUpdatedPage auth={auth} submitted={c.req.query('submitted') !== undefined} />);
  });

  return app;
}
