// The password rule reads whole at desktop width (manual 2.2): 「新しいパスワード (確認用)」 keeps its
// marks on its line, the usable symbols 「+ - _ @ . /」 are never split over two lines, and in the
// error summary, whose messages are underlined links, the underscore stays visible.
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createMemberWithAdmin, loginAsMemberInBrowser } from '../support/auth';
import { browserSuite, desktopContext } from '../support/browser';
import { webUrl } from '../support/stack';

const suite = browserSuite();

/** The usable symbols as a page writes them, whatever spaces and joiners separate them. */
const SYMBOL_LIST = /\+[\s\u2060]*-[\s\u2060]*_[\s\u2060]*@[\s\u2060]*\.[\s\u2060]*\//;

/** The widths (px) the element is given in turn at which its list of symbols takes two lines. */
function widthsSplittingSymbols(element: Locator): Promise<(number | string)[]> {
  return element.evaluate((node, source) => {
    const text = [...node.childNodes].find((child) => new RegExp(source).test(child.textContent ?? ''));
    const match = new RegExp(source).exec(text.data);
    if (!match) return ['no list of symbols'];
    const range = node.ownerDocument.createRange();
    range.setStart(text, match.index);
    range.setEnd(text, match.index + match[0].length);
    const split: (number | string)[] = [];
    node.style.display = 'inline-block';
    for (let width = 120; width <= 700; width += 2) {
      node.style.width = `${width}px`;
      if (new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1) split.push(width);
    }
    node.style.display = '';
    node.style.width = '';
    return split;
  }, SYMBOL_LIST.source);
}

/**
 * The runs of inked pixel rows in the box of the link's underscore, drawn with what lies below it:
 * the underscore and the link's underline make two runs when both show, one when they merge.
 */
async function inkRunsUnderUnderscore(browser: Browser, page: Page, link: Locator): Promise<number> {
  const box = await link.evaluate((node) => {
    const text = node.firstChild;
    const range = node.ownerDocument.createRange();
    range.setStart(text, text.data.indexOf('_'));
    range.setEnd(text, text.data.indexOf('_') + 1);
    const rect = range.getBoundingClientRect();
    return { x: rect.x + 1, y: rect.y, width: Math.max(1, rect.width - 2), height: rect.height + 10 };
  });
  const png = (await page.screenshot({ clip: box })).toString('base64');
  // Decoded in a page of its own: the app's CSP does not allow data: fetches.
  const decoder = await browser.newPage();
  const inked: boolean[] = await decoder.evaluate(`(async () => {
    const image = await createImageBitmap(await (await fetch('data:image/png;base64,${png}')).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    return Array.from({ length: image.height }, (_, y) => Array.from({ length: image.width }, (_, x) => {
      const i = (y * image.width + x) * 4;
      return (data[i] + data[i + 1] + data[i + 2]) / 3 < 160;
    }).some(Boolean));
  })()`);
  await decoder.close();
  return inked.filter((ink, y) => ink && !inked[y - 1]).length;
}

describe('the password rule at desktop width', () => {
  it('keeps label and marks on one line, the symbols together, and the underscore visible in the summary', async () => {
    const m = await createMemberWithAdmin(suite.db);
    const page = await (await desktopContext(suite.browser)).newPage();
    await loginAsMemberInBrowser(page, m.businessCode, m.userId, m.password);
    await page.goto(webUrl('/member/password'));

    // Label and marks share a baseline; one dropped to the next line lies a whole line lower.
    const cells = await page.locator('.label-cell').evaluateAll((all) =>
      all.map((cell) => {
        const tops = [...cell.children].map((child) => child.getBoundingClientRect().top);
        return { label: cell.textContent, spread: Math.max(...tops) - Math.min(...tops) };
      }),
    );
    expect(cells.map((cell) => cell.label)).toContain('新しいパスワード (確認用)必須半角');
    expect(cells.filter((cell) => cell.spread > 10)).toEqual([]);
    expect(await widthsSplittingSymbols(page.locator('#field-newPassword-hint'))).toEqual([]);

    await page.getByLabel('現在のパスワード').fill(m.password);
    await page.getByLabel('新しいパスワード', { exact: true }).fill('Abcdefg1!');
    await page.getByLabel('新しいパスワード (確認用)').fill('Abcdefg1!');
    await page.getByRole('button', { name: '変更' }).click();
    const link = page.locator('.error-summary a', { hasText: 'パスワードに使用できない文字が含まれています。' });
    await link.waitFor();
    expect(await inkRunsUnderUnderscore(suite.browser, page, link)).toBe(2);
    expect(await widthsSplittingSymbols(link)).toEqual([]);
  });
});
