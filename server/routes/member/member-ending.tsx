// 承継・脱退に関する申請 (第6章, 第7章): 承継 with 承継事業者コード + 承継事業者名, 脱退 alone; each
// through a confirmation page first (plain HTML, no script). Both become reviewed requests.
import { Hono, type Context } from 'hono';
import { randomUUID } from 'node:crypto';
import { parseForm } from '../../../domain/forms/parse-form';
import { SAME_CODE_MESSAGE, SUCCESSION_FIELDS, successionSchema, withdrawalSchema } from '../../../domain/forms/succession';
import { endingSectionAddress } from '../../../templates/member/changes/change-form';
import { SuccessionConfirmPage, WithdrawalConfirmPage } from '../../../templates/member/changes/ending-confirmation';
import type { AppDeps, AppEnv } from '../../deps';
import { createReviewedRequest, refusable } from '../../member-change-submission';
import { renderChangeForm } from './member-changes';

/** Where 承継 on 会員情報変更申請 leads (the form's formaction names it, as it names its other actions). */
const SUCCESSION_CONFIRMATION = '/member/changes/succession-confirmation';

export function memberEndingRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();

  /** The successor the 承継 form names, or the form again with what is wrong. */
  function successorFrom(c: Context<AppEnv>, body: Record<string, unknown>) {
    const auth = c.get('member');
    const result = parseForm(successionSchema, SUCCESSION_FIELDS, body);
    const showAgain = (errors: Partial<Record<'successorCode' | 'successorName' | 'requestId', string>>, status: 409 | 422, error?: string) =>
      renderChangeForm(deps, c, { ...(error ? { error } : {}), ending: { values: result.ok ? result.data : result.values, errors } }, status);
    if (!result.ok) return { refused: showAgain(result.errors, 422) };
    const successor = { businessCode: result.data.successorCode, name: result.data.successorName };
    if (successor.businessCode === auth.member.businessCode) return { refused: showAgain({ successorCode: SAME_CODE_MESSAGE }, 422) };
    return { requestId: result.data.requestId, successor, showAgain };
  }

  // These posts answer with a page (a confirmation, a refusal), so their address stays in the address
  // bar (htmx records it too); opened again by GET, it leads back to the section they came from.
  for (const path of [SUCCESSION_CONFIRMATION, '/member/changes/ending', '/member/changes/withdrawal']) {
    app.get(path, (c) => c.redirect(endingSectionAddress(), 303));
  }

  // 承継 asks once more, as 脱退 does: its confirmation page sends the request to /member/changes/ending.
  app.post(SUCCESSION_CONFIRMATION, async (c) => {
    const named = successorFrom(c, await c.req.parseBody());
    if ('refused' in named) return named.refused;
    return c.html(<SuccessionConfirmPage auth={c.get('member')} requestId={named.requestId} successor={named.successor} />);
  });

  app.post('/member/changes/ending', async (c) => {
    const auth = c.get('member');
    const body = await c.req.parseBody();
    if (body.action === 'withdrawal') {
      const requestId = typeof body.requestId === 'string' && withdrawalSchema.safeParse({ requestId: body.requestId }).success ? body.requestId : randomUUID();
      return c.html(<WithdrawalConfirmPage auth={auth} requestId={requestId} />);
    }
    const named = successorFrom(c, body);
    if ('refused' in named) return named.refused;
    const { requestId, successor, showAgain } = named;
    const outcome = await refusable(deps, (transaction) => createReviewedRequest(deps, auth, { id: requestId, kind: 'succession', successor }, transaction));
    if (!outcome.ok) return showAgain({}, outcome.status, outcome.message);
    c.get('log').info({ businessCode: auth.member.businessCode, requestId }, '承継申請');
    return c.redirect(`/member/changes/${requestId}?submitted`, 303);
  });

  app.post('/member/changes/withdrawal', async (c) => {
    const auth = c.get('member');
    const result = withdrawalSchema.safeParse(await c.req.parseBody());
    if (!result.success) return c.html(<WithdrawalConfirmPage auth={auth} requestId={randomUUID()} error="画面の有効期限が切れました。お手数ですが、もう一度お試しください。" />, 422);
    const { requestId } = result.data;
    const outcome = await refusable(deps, (transaction) => createReviewedRequest(deps, auth, { id: requestId, kind: 'withdrawal' }, transaction));
    if (!outcome.ok) return c.html(<WithdrawalConfirmPage auth={auth} requestId={randomUUID()} error={outcome.message} />, outcome.status);
    c.get('log').info({ businessCode: auth.member.businessCode, requestId }, '脱退申請');
    return c.redirect(`/member/changes/${requestId}?submitted`, 303);
  });

  return app;
}
