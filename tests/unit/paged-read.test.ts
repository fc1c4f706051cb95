// Reading one page of a list: the count is made only when the page read does not tell the size,
// and a page past the end shows the last one.
import { describe, expect, it } from 'vitest';
import { readPage, sizeToldByPage, type PageBounds } from '../../db/repositories/paged-read';

/** A list of `size` numbers that records what was asked of it. */
function listOf(size: number, sizeIsKept = false) {
  const items = Array.from({ length: size }, (_, i) => i);
  const asked = { reads: [] as PageBounds[], counts: 0 };
  return {
    asked,
    list: {
      rows: async (bounds: PageBounds) => (asked.reads.push(bounds), items.slice(bounds.offset, bounds.offset + bounds.limit)),
      count: async () => (asked.counts++, size),
      sizeIsKept,
    },
  };
}

describe('sizeToldByPage', () => {
  it('tells the size from a page neither empty nor full, or an empty first page, and nothing else', () => {
    expect(sizeToldByPage(3, { limit: 10, offset: 0 })).toBe(3);
    expect(sizeToldByPage(3, { limit: 10, offset: 20 })).toBe(23);
    expect(sizeToldByPage(0, { limit: 10, offset: 0 })).toBe(0);
    expect(sizeToldByPage(10, { limit: 10, offset: 0 })).toBeUndefined();
    expect(sizeToldByPage(0, { limit: 10, offset: 20 })).toBeUndefined();
  });
});

describe('readPage', () => {
  it('reads a short list in one read, without counting', async () => {
    const { list, asked } = listOf(3);
    const page = await readPage(undefined, 10, list);
    expect(page).toMatchObject({ total: 3, page: 1, pages: 1, offset: 0, rows: [0, 1, 2] });
    expect(asked).toEqual({ reads: [{ limit: 10, offset: 0 }], counts: 0 });
  });

  it('counts when the page is full, and tells a last short page from the read', async () => {
    const { list, asked } = listOf(25);
    expect(await readPage('2', 10, list)).toMatchObject({ total: 25, page: 2, pages: 3, rows: [10, 11, 12, 13, 14, 15, 16, 17, 18, 19] });
    expect(asked.counts).toBe(1);
    expect(await readPage('3', 10, list)).toMatchObject({ total: 25, page: 3, rows: [20, 21, 22, 23, 24] });
    expect(asked.counts).toBe(1);
  });

  it('shows the last page for a page past the end, and the first for a page that is not a number', async () => {
    const { list, asked } = listOf(25);
    expect(await readPage('99999999999', 10, list)).toMatchObject({ total: 25, page: 3, rows: [20, 21, 22, 23, 24] });
    expect(asked.reads.at(-1)).toEqual({ limit: 10, offset: 20 });
    expect(await readPage('x', 10, list)).toMatchObject({ page: 1, rows: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] });
    expect((await readPage('2', 10, listOf(0).list)).rows).toEqual([]);
  });

  it('reads a kept size alongside the page, even when the page would tell it', async () => {
    const { list, asked } = listOf(3, true);
    expect(await readPage(undefined, 10, list)).toMatchObject({ total: 3, rows: [0, 1, 2] });
    expect(asked.counts).toBe(1);
  });
});
