// 会員情報確認 (第4章): every user of the member may read it, 管理者 and 担当者 alike.
import { Hono } from 'hono';
import { currentAdministrators } from '../../../db/repositories/administrators';
import { MemberInfoPage } from '../../../templates/member/member-info';
import type { AppDeps, AppEnv } from '../../deps';
import { memberPageCache, PAGE_CACHE_SIZE } from '../../member-page-cache';

export function memberInfoRoutes({ db }: AppDeps) {
  const app = new Hono<AppEnv>();
  app.get('/member/info', memberPageCache(PAGE_CACHE_SIZE), async (c) => {
    const auth = c.get('member');
    return c.html(<MemberInfoPage auth={auth} administrators={await currentAdministrators(db, auth.member.businessCode)} />);
  });
  return app;
}
