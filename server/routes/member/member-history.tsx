// 会員情報の履歴 for the member's 管理者 (mounted with 会員情報変更, behind the same guard).
import { Hono } from 'hono';
import { memberTimeline } from '../../../db/repositories/member-timeline';
import { MemberHistoryPage } from '../../../templates/member/member-history';
import type { AppDeps, AppEnv } from '../../deps';

export function memberHistoryRoutes({ db }: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/member/changes/history', async (c) => {
    const auth = c.get('member');
    return c.html(<MemberHistoryPage auth={auth} timeline={await memberTimeline(db, auth.member.businessCode)} />);
  });
  return app;
}
