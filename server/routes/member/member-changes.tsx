// 会員情報変更 (第5章): 会員情報変更申請一覧 with its search, 新規申請, and 変更. For 管理者 only (see
// README, Decisions); every lookup is scoped to the logged-in member. A 管理者 whom 変更 made a
// 担当者 is told the outcome outside /member/changes.
import { Hono, type Context } from 'hono';
import { randomUUID } from 'node:crypto';
import { currentAdministrators, administratorInfo } from '../../../db/repositories/administrators';
import { openRequestOf, searchChangeRequests } from '../../../db/repositories/change-requests';
import { valuesOf, type FormErrors, type FormValues } from '../../../domain/forms/application';
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

/** The current data as the form's values: 会社情報 and 管理者①/②. */
export async function currentValues(deps: AppDeps, c: Context<AppEnv>): Promise<FormValues> {
  const { member } = c.get('member');
  const [first, second] = await currentAdministrators(deps.db, member.businessCode);
  const fallback = first ?? second;
  if (!fallback) return { ...member.company, businessTypes: [...member.company.businessTypes] };
  const values = valuesOf({
    company: member.company,
    administrator1: administratorInfo(first ?? fallback),
    administrator2: first && second ? administratorInfo(second) : null,
  });
  return values;
}

export async function renderChangeForm(
  deps: AppDeps,
  c: Context<AppEnv>,
  options: { values?: FormValues; errors?: FormErrors; error?: string; ending?: Partial<EndingFormProps> } = {},
  status: 200 | 409 | 422 = 200,
) {
  const auth = c.get('member');
  const open = await openRequestOf(deps.db, auth.member.businessCode);
  const values = options.values ?? { ...(await currentValues(deps, c)), requestId: randomUUID() };
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

  app.get('/member/changes/new', (c) => renderChangeForm(deps, c));

  app.post('/member/changes', async (c) => {
    const auth = c.get('member');
    const body = await c.req.parseBody({ all: true });
    const result = parseMemberChangeForm(body);
    if (!result.ok) {
      const values = result.errors.requestId ? { ...result.values, requestId: randomUUID() } : result.values;
      return renderChangeForm(deps, c, { values, errors: result.errors }, 422);
    }
    const outcome = await submitMemberChange(deps, auth, { requestId: result.data.requestId, data: result.data.data });
    if (!outcome.ok) return renderChangeForm(deps, c, { values: { ...valuesOf(result.data.data), requestId: randomUUID() }, error: outcome.message }, outcome.status);
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
