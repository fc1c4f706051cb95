// The staff queues' paged sections (加入申請一覧, 会員情報変更申請一覧) read from their HTML, and
// their pagers followed as a browser would.
import { expect } from 'vitest';
import { getWithCookie } from './auth';

/** A page's HTML; anything but 200 fails the test. */
export async function pageHtml(path: string, cookie: string): Promise<string> {
  const response = await getWithCookie(path, cookie);
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return response.text();
}

/** The HTML of the section headed `heading（N件）`, up to its end. */
export function sectionOf(html: string, heading: string): string {
  const start = html.indexOf(`<h2>${heading}（`);
  if (start < 0) throw new Error(`no section ${heading}`);
  return html.slice(start, html.indexOf('</section>', start));
}

/** The number in the heading, e.g. 1000 for 審査待ち（1,000件）. */
export function headingTotal(section: string): number {
  const match = /^<h2>[^<]*（([\d,]+)件）<\/h2>/.exec(section);
  if (!match) throw new Error(`no total in ${section.slice(0, 100)}`);
  return Number((match[1] as string).replace(/,/g, ''));
}

/** `N / M` of the section's pager. */
export function pagerPosition(section: string): { page: number; pages: number } {
  const match = /<span>(\d+) \/ (\d+)<\/span>/.exec(section);
  if (!match) throw new Error('no pager');
  return { page: Number(match[1]), pages: Number(match[2]) };
}

/** Where the pager's 前へ or 次へ leads, as the browser reads the attribute; null without it. */
export function pagerLink(section: string, label: '前へ' | '次へ'): string | null {
  const match = new RegExp(`<a href="([^"]*)">${label}</a>`).exec(section);
  return match ? (match[1] as string).replace(/&amp;/g, '&') : null;
}

/** The ids of the section's rows, from their links under `rowPath` (e.g. `/staff/changes/`). */
export function rowIds(section: string, rowPath: string): string[] {
  return [...section.matchAll(new RegExp(`href="${rowPath}([0-9a-f-]{36})"`, 'g'))].map((m) => m[1] as string);
}

/** Each page's row ids, from `start` along the section's 次へ links to its last page. */
export async function followSection(start: string, heading: string, rowPath: string, cookie: string): Promise<string[][]> {
  const pages: string[][] = [];
  for (let path: string | null = start; path && pages.length < 1_000; ) {
    const section = sectionOf(await pageHtml(path, cookie), heading);
    pages.push(rowIds(section, rowPath));
    path = pagerLink(section, '次へ');
  }
  return pages;
}

/** A section's first page: its range line, its pager at 1 of all pages, 次へ leading to `next`. */
export function expectFirstPage(section: string, heading: string, next: string): void {
  const total = headingTotal(section);
  expect(section).toContain(`${total}件中 1〜50件を表示しています。`);
  expect(section).toContain(`<nav class="pager" aria-label="${heading}のページ">`);
  expect(pagerPosition(section)).toEqual({ page: 1, pages: Math.ceil(total / 50) });
  expect(pagerLink(section, '次へ')).toBe(next);
}

/** Pages followed along 次へ: 50 rows at most each, a full first one, and every one of `ids` met. */
export function expectEveryRowAlongPages(pages: string[][], ids: string[]): void {
  expect(pages[0]).toHaveLength(50);
  expect(pages.length).toBeGreaterThanOrEqual(2);
  for (const rows of pages) expect(rows.length).toBeLessThanOrEqual(50);
  expect(new Set(pages.flat().filter((id) => ids.includes(id)))).toEqual(new Set(ids));
}
