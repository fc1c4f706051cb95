// Paging of the staff lists: lenient page numbers, the shown range, section links that keep the
// other sections where they are, the pager and a queue section.
import { describe, expect, it } from 'vitest';
import { pageWindow, sectionPageHref, sectionPagesQuery, shownRange } from '../../domain/paging';
import { Pager } from '../../templates/components/pager';
import { QueueSection } from '../../templates/components/queue-section';

describe('pageWindow', () => {
  it('reads a page within the list as it is', () => {
    expect(pageWindow('2', 120, 50)).toEqual({ total: 120, pageSize: 50, page: 2, pages: 3, offset: 50 });
  });

  it.each([undefined, '', 'abc', '0', '-5', '-0', ' ', '１'])('shows the first page for %j', (raw) => {
    expect(pageWindow(raw, 120, 50)).toMatchObject({ page: 1, offset: 0 });
  });

  it.each(['4', '99999', '9'.repeat(400)])('shows the last page for %s, past the end', (raw) => {
    expect(pageWindow(raw, 120, 50)).toMatchObject({ page: 3, pages: 3, offset: 100 });
  });

  it('keeps one empty page for an empty list, and the last full page at an exact multiple', () => {
    expect(pageWindow('7', 0, 50)).toMatchObject({ page: 1, pages: 1, offset: 0 });
    expect(pageWindow('3', 100, 50)).toMatchObject({ page: 2, pages: 2, offset: 50 });
  });
});

describe('shownRange', () => {
  it('says which items of how many are shown', () => {
    expect(shownRange(1000, 2, 50)).toBe('1000件中 51〜100件を表示しています。');
    expect(shownRange(120, 3, 50)).toBe('120件中 101〜120件を表示しています。');
    expect(shownRange(0, 1, 50)).toBe('0件中 0〜0件を表示しています。');
  });
});

describe('section page links', () => {
  it('leaves first pages out of the query', () => {
    expect(sectionPagesQuery({ code: 1, review: 1 })).toBe('');
    expect(sectionPagesQuery({ code: 1, review: 2, waiting: 3 })).toBe('?review=2&waiting=3');
  });

  it("moves one section and keeps the others' current pages", () => {
    const href = sectionPageHref('/staff/applications', { code: 2, review: 1, waiting: 4 }, 'review');
    expect(href(2)).toBe('/staff/applications?code=2&review=2&waiting=4');
    expect(href(1)).toBe('/staff/applications?code=2&waiting=4');
  });
});

describe('Pager', () => {
  const render = (page: number, pages: number) => String(<Pager label="審査待ちのページ" page={page} pages={pages} href={(p) => `/list?review=${p}&amp=1`} />);

  it('is left out when everything fits on one page', () => {
    expect(render(1, 1)).toBe('');
  });

  it('links the neighbouring pages only where they exist', () => {
    expect(render(1, 3)).toBe('<nav class="pager" aria-label="審査待ちのページ"><span>1 / 3</span><a href="/list?review=2&amp;amp=1">次へ</a></nav>');
    expect(render(2, 3)).toContain('<a href="/list?review=1&amp;amp=1">前へ</a><span>2 / 3</span><a href="/list?review=3&amp;amp=1">次へ</a>');
    expect(render(3, 3)).not.toContain('次へ');
  });
});

describe('QueueSection', () => {
  const render = (total: number, raw: string) =>
    String(<QueueSection heading="審査待ち" paging={pageWindow(raw, total, 50)} href={(p) => `/q?review=${p}`}><table /></QueueSection>);

  it('heads the section with the true total, grouped in thousands, and pages it', () => {
    const html = render(1000, '2');
    expect(html).toContain('<h2>審査待ち（1,000件）</h2>');
    expect(html).toContain('<p>1000件中 51〜100件を表示しています。</p><table></table>');
    expect(html).toContain('<nav class="pager" aria-label="審査待ちのページ">');
    expect(html).toContain('<span>2 / 20</span>');
  });

  it('says so when nothing waits, without a table or pager', () => {
    expect(render(0, '3')).toBe('<section><h2>審査待ち（0件）</h2><p>該当する申請はありません。</p></section>');
  });
});
