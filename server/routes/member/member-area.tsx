// 第4章〜第7章 and 容量市場口座情報等: mounted once by memberRoutes, behind requireMember.
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../deps';
import { requireAdministrator } from '../../auth/require-member';
import { changeAttachmentRoutes } from './change-attachments';
import { memberChangeDetailRoutes } from './member-change-detail';
import { memberHistoryRoutes } from './member-history';
import { memberChangeRoutes } from './member-changes';
import { memberEndingRoutes } from './member-ending';
import { memberInfoRoutes } from './member-info';
import { refundAccountRoutes } from './refund-account';

export function memberAreaRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.route('/', memberInfoRoutes(deps));
  app.route('/', refundAccountRoutes(deps));
  // 会員情報変更, 承継 and 脱退 act for the whole member: 管理者 only (README, Decisions).
  const administrator = requireAdministrator();
  app.use('/member/changes', administrator);
  app.use('/member/changes/*', administrator);
  app.route('/', memberHistoryRoutes(deps));
  app.route('/', memberChangeRoutes(deps));
  app.route('/', memberEndingRoutes(deps));
  app.route('/', memberChangeDetailRoutes(deps));
  app.route('/', changeAttachmentRoutes(deps));
  return app;
}
