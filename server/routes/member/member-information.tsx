// 第4章〜第7章 and 容量市場口座情報等: mounted once by memberRoutes, behind requireMember.
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../../deps';
import { memberInfoRoutes } from './member-info';

export function memberInformationRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.route('/', memberInfoRoutes(deps));
  return app;
}
