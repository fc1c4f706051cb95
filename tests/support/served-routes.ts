// The routes the app serves, read from its own routing table, for tests that must cover every one
// (the authorisation matrix, the fuzzed form posts). Building the app connects to nothing.
import { createLogger } from '../../config/logger';
import type { Database } from '../../db/database';
import { createApp } from '../../server/app';
import { createTemporalClient } from '../../server/temporal-client';
import { testConfig } from './stack';

export interface ServedRoute {
  method: string;
  /** As the router has it: `/member/users/:userId`, `/staff/:area{applications|changes}/…`. */
  path: string;
}

export function servedRoutes(db: Database): ServedRoute[] {
  const config = testConfig();
  const temporal = createTemporalClient(config.temporal.address ?? '', config.temporal.namespace);
  const app = createApp({ config, db, temporal, logger: createLogger({ logLevel: 'warn' }, 'routes') });
  // Middleware is registered for ALL methods; every page and form is a GET or a POST.
  const keys = new Set(app.routes.filter((route) => route.method !== 'ALL').map((route) => `${route.method} ${route.path}`));
  return [...keys].map((key) => {
    const [method, path] = key.split(' ') as [string, string];
    return { method, path };
  });
}

/** Whether a concrete address (its query left out) is one the route answers. */
export function answers(route: ServedRoute, method: string, address: string): boolean {
  const segments = route.path.split('/').map((segment) => {
    const param = /^:\w+(?:\{(.+)\})?$/.exec(segment);
    if (param) return param[1] ? `(?:${param[1]})` : '[^/]+';
    return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return route.method === method && new RegExp(`^${segments.join('/')}$`).test(address.split('?')[0] as string);
}
