// The staff console's HTTP tests share these per file: a database connection, a Temporal client
// and a logged-in staff session's cookie, opened before the file's tests and closed after them.
// Read as `suite.db`, `suite.client`, `suite.cookie` and `suite.loginId` inside tests (as
// browserSuite's parts).
import type { Client } from '@temporalio/client';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../db/database';
import { createStaffAccount, staffCookie } from './auth';
import { testDatabase, testTemporalClient } from './stack';
import { openedInBeforeAll } from './suite-value';

export function staffSuite(): { readonly db: Database; readonly client: Client; readonly cookie: string; readonly loginId: string } {
  let db: Database | undefined;
  let client: Client | undefined;
  let cookie: string | undefined;
  let loginId: string | undefined;
  beforeAll(async () => {
    db = testDatabase();
    client = await testTemporalClient();
    const account = await createStaffAccount(db);
    cookie = await staffCookie(account.loginId, account.password);
    loginId = account.loginId;
  });
  afterAll(async () => {
    await db?.close();
    await client?.connection.close();
  });
  return {
    get db() {
      return openedInBeforeAll(db, 'The database');
    },
    get client() {
      return openedInBeforeAll(client, 'The Temporal client');
    },
    get cookie() {
      return openedInBeforeAll(cookie, 'The staff session');
    },
    /** The staff account's ログインID, as steps record who took them. */
    get loginId() {
      return openedInBeforeAll(loginId, 'The staff account');
    },
  };
}
