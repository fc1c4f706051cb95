// 容量市場口座情報等: for members who are 小売電気事業者 or 登録特定送配電事業者 only. Every user of
// such a member may read it; 管理者 and users in charge of 容量市場 register and change it.
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { userActor } from '../../../db/repositories/member-audit';
import { refundAccountHistory, registerRefundAccount } from '../../../db/repositories/refund-accounts';
import { parseForm } from '../../../domain/forms/parse-form';
import { REFUND_ACCOUNT_FIELDS, refundAccountSchema, type RefundAccountField } from '../../../domain/forms/refund-account';
import { needsRefundAccount } from '../../../domain/refund-account';
import { RefundAccountPage } from '../../../templates/member/refund-account';
import type { AppDeps, AppEnv, MemberAuth } from '../../deps';

function canEdit(auth: MemberAuth): boolean {
  return auth.user.role === 'administrator' || auth.user.duties.includes('容量市場');
}

export function refundAccountRoutes({ db }: AppDeps) {
  const app = new Hono<AppEnv>();

  app.use('/member/refund-account', async (c, next) => {
    if (!needsRefundAccount(c.get('member').member.company)) return c.notFound();
    await next();
  });

  async function page(c: Context<AppEnv>, options: { values?: Partial<Record<RefundAccountField, string>>; errors?: Partial<Record<RefundAccountField, string>>; done?: string } = {}, status: 200 | 422 = 200) {
    const auth = c.get('member');
    const history = await refundAccountHistory(db, auth.member.businessCode);
    const current = history[0];
    const values = options.values ?? (current ? { ...current.get(), accountType: current.accountType } : {});
    return c.html(<RefundAccountPage auth={auth} history={history} canEdit={canEdit(auth)} values={values} errors={options.errors ?? {}} done={options.done} />, status);
  }

  app.get('/member/refund-account', (c) => page(c, c.req.query('saved') !== undefined ? { done: '口座情報を登録しました。' } : {}));

  app.post('/member/refund-account', async (c) => {
    const auth = c.get('member');
    if (!canEdit(auth)) throw new HTTPException(403);
    const result = parseForm(refundAccountSchema, REFUND_ACCOUNT_FIELDS, await c.req.parseBody());
    if (!result.ok) return page(c, { values: result.values, errors: result.errors }, 422);
    const saved = await registerRefundAccount(db, auth.member.businessCode, result.data, userActor(auth.user));
    if (!saved) return page(c, { values: result.data, done: '登録済みの口座情報と同じ内容のため、変更はありません。' });
    c.get('log').info({ businessCode: auth.member.businessCode }, '容量市場口座情報等 registered');
    return c.redirect('/member/refund-account?saved', 303);
  });

  return app;
}
