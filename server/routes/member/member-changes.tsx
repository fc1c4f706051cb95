// 会員情報変更 (第5章): 会員情報変更申請一覧 with its search, 新規申請, and 変更. For 管理者 only (see
// README, Decisions); every lookup is scoped to the logged-in member.
import { Hono, type Context } from 'hono';
import { randomUUID } from 'node:crypto';
import { currentAdministrators, administratorInfo } from '../../../db/repositories/administrators';
import { openRequestOf, searchChangeRequests } from '../../../db/repositories/change-requests';
import { valuesOf, type FormErrors, type FormValues } from '../../../domain/forms/application';
import { changeRequestSearchSchema } from '../../../domain/forms/change-request-search';
import { parseMemberChangeForm } from '../../../domain/forms/member-change';
import { ChangeFormPage, type EndingFormProps } from '../../../templates/member/changes/change-form';
import { ChangeListPage } from '../../../templates/member/changes/change-list';
import type { AppDeps, AppEnv } from '../../deps';
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
  const ending = { requestId: randomUUID(), values: {}, errors: {}, ...options.ending };
  return c.html(
    <ChangeFormPage auth={auth} values={values} errors={options.errors ?? {}} error={options.error} action="/member/changes" ending={ending} openRequestId={open?.id} />,
    status,
  );
}

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
    if (outcome.reviewedRequestId) {
      return c.redirect(`/member/changes/${outcome.reviewedRequestId}?submitted${outcome.administratorsChanged ? '&applied' : ''}`, 303);
    }
    return c.redirect('/member/changes?applied', 303);
  });

  return app;
}
