// The manual's forms are two columns: the item's name, then what is entered. Check-box groups and
// name pairs (fieldsets) must start their inputs in the same column as the plain fields, and a
// name pair's labels (姓, 名, セイ, メイ) stay on one line beside their inputs.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createMemberWithAdmin, loginAsMemberInBrowser } from '../support/auth';
import { browserSuite, desktopContext } from '../support/browser';
import { webUrl } from '../support/stack';

const suite = browserSuite();

/** The left edge of every field's input column on the page, rounded to the pixel. */
async function controlColumns(page: Page): Promise<{ fieldsets: number; lefts: Set<number> }> {
  const boxes = await page.locator('.field > .control').evaluateAll((controls) =>
    controls.map((control) => ({ fieldset: control.parentElement?.tagName === 'FIELDSET', left: Math.round(control.getBoundingClientRect().left) })),
  );
  return { fieldsets: boxes.filter((box) => box.fieldset).length, lefts: new Set(boxes.map((box) => box.left)) };
}

/** The name pairs' labels that take more than one line. */
function wrappedNameLabels(page: Page): Promise<string[]> {
  return page.locator('.name-part label').evaluateAll((labels) =>
    labels
      .filter((label) => label.getBoundingClientRect().height > parseFloat(label.ownerDocument.defaultView.getComputedStyle(label).lineHeight) * 1.5)
      .map((label) => label.textContent ?? ''),
  );
}

describe('form layout at desktop width', () => {
  it('lines up check-box groups and name pairs with the other fields', async () => {
    const m = await createMemberWithAdmin(suite.db);
    const page = await (await desktopContext(suite.browser)).newPage();
    await loginAsMemberInBrowser(page, m.businessCode, m.userId, m.password);
    for (const path of ['/member/users/new', '/member/changes/new']) {
      await page.goto(webUrl(path));
      const { fieldsets, lefts } = await controlColumns(page);
      expect(fieldsets, path).toBeGreaterThanOrEqual(3);
      expect([...lefts], path).toHaveLength(1);
      expect(await wrappedNameLabels(page), path).toEqual([]);
    }
  });
});
