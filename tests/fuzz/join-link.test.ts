// リンク確認 under random and hostile input: the schema never throws and explains in Japanese;
// the route never answers 500 and stores nothing for a refused form.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database';
import { JOIN_LINK_FIELDS, joinLinkRequestSchema } from '../../domain/forms/join-link-request';
import { parseForm } from '../../domain/forms/parse-form';
import { testDatabase, webUrl } from '../support/stack';
import { hostileForm, isJapaneseMessage } from './hostile-input';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

describe('join link form schema', () => {
  it('answers any input with clean data or Japanese messages', () => {
    fc.assert(
      fc.property(hostileForm(JOIN_LINK_FIELDS), (input) => {
        const result = parseForm(joinLinkRequestSchema, JOIN_LINK_FIELDS, input);
        if (result.ok) {
          for (const value of Object.values(result.data)) expect(value).not.toMatch(CONTROL);
        } else {
          expect(Object.keys(result.errors).length).toBeGreaterThan(0);
          for (const message of Object.values(result.errors)) expect(isJapaneseMessage(message)).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('POST /join/link', () => {
  let db: Database;
  beforeAll(() => {
    db = testDatabase();
  });
  afterAll(() => db.close());

  it('never answers 500 and stores nothing for hostile forms', async () => {
    const origin = new URL(webUrl()).origin;
    await fc.assert(
      fc.asyncProperty(hostileForm(JOIN_LINK_FIELDS), fc.uuid(), async (form, applicationId) => {
        const body = new URLSearchParams({ ...form, applicationId }).toString();
        const response = await fetch(webUrl('/join/link'), {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
          body,
        });
        const html = await response.text();
        if (response.status === 303) return;
        // A form of many very long values is over the post limit: refused before it is read.
        if (response.status === 413) expect(html).toContain('入力された内容が大きすぎるため、受け付けられませんでした。');
        else {
          expect(response.status).toBe(422);
          expect(html).toContain('入力内容に誤りがあります');
        }
        expect(await db.models.MembershipApplication.findByPk(applicationId)).toBeNull();
      }),
      { numRuns: 60 },
    );
  });

  it('answers bytes that are not UTF-8 with a Japanese message', async () => {
    const origin = new URL(webUrl()).origin;
    const raw = Buffer.concat([Buffer.from('companyName='), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('&email=%FF%FE%E2%82&applicationId=%C0%AF')]);
    const response = await fetch(webUrl('/join/link'), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: raw,
    });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('入力内容に誤りがあります');
  });
});
