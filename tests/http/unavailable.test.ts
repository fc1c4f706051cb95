// With PostgreSQL or Temporal away, readiness says which, and pages answer 503 in Japanese.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../../config/logger';
import { openDatabase, type Database } from '../../db/database';
import { freePort } from '../../scripts/ports';
import { createApp } from '../../server/app';
import { createTemporalClient } from '../../server/temporal-client';
import { testConfig } from '../support/stack';

const config = testConfig();
let unreachableDb: Database;
let app: ReturnType<typeof createApp>;
let temporal: ReturnType<typeof createTemporalClient>;

beforeAll(async () => {
  const closedPort = await freePort();
  unreachableDb = openDatabase(`postgres://postgres:postgres@127.0.0.1:${closedPort}/none`);
  temporal = createTemporalClient(`127.0.0.1:${await freePort()}`, 'default');
  app = createApp({ config, db: unreachableDb, temporal, logger: createLogger({ logLevel: 'silent' }, 'test') });
});
afterAll(async () => {
  await unreachableDb.close();
  await temporal.connection.close().catch(() => undefined);
});

it('reports both dependencies as unavailable with a 503', async () => {
  const response = await app.request('/readyz');
  expect(response.status).toBe(503);
  const body = (await response.json()) as { status: string; checks: Record<string, string> };
  expect(body.status).toBe('unavailable');
  expect(body.checks.postgres).not.toBe('ok');
  expect(body.checks.temporal).not.toBe('ok');
});

it('answers リンク確認 with a Japanese 503 page while Temporal is away', async () => {
  const email = 'away@example.co.jp';
  const origin = new URL(config.web.publicBaseUrl).origin;
  const response = await app.request('/join/link', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
    body: new URLSearchParams({ applicationId: randomUUID(), companyName: '広域電力株式会社', contactName: '広域 太郎', email, emailConfirmation: email }).toString(),
  }, undefined);
  expect(response.status).toBe(503);
  const html = await response.text();
  expect(html).toContain('ただいまご利用いただけません');
  expect(html).not.toMatch(/Error|at \w+ \(/);
});
