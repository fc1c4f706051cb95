// Debian's Chromium driven by playwright-core, at the desktop width the manual's users have.
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../db/database';
import { testDatabase } from './stack';
import { openedInBeforeAll } from './suite-value';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export function desktopContext(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', ...options });
}

/**
 * Chromium and a database connection shared by one test file: opened before its tests, closed
 * after them. Read as `suite.browser` and `suite.db` inside tests and the helpers they call.
 */
export function browserSuite(): { readonly browser: Browser; readonly db: Database } {
  let browser: Browser | undefined;
  let db: Database | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    db = testDatabase();
  });
  afterAll(async () => {
    await browser?.close();
    await db?.close();
  });
  return {
    get browser() {
      return openedInBeforeAll(browser, 'Chromium');
    },
    get db() {
      return openedInBeforeAll(db, 'The database');
    },
  };
}
