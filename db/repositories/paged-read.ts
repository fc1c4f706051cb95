// One page of a list, for the page number in an address. The page asked for is read first, and
// the list's size counted only when that page does not tell it: a page neither empty nor full ends
// the list. A narrow search, the usual one (a company looked up by name), then costs one statement
// instead of a count and a read. A page past the end (the list shrank, or the address was edited)
// shows the last page.
import { pageWindow } from '../../domain/paging';
import type { QueuePage } from './staff-queues';

/** Deeper pages are not asked for: a search narrows the list first. */
const MAX_PAGES = 10_000;

export interface PageBounds {
  limit: number;
  offset: number;
}

export interface PagedList<Row> {
  rows: (bounds: PageBounds) => Promise<Row[]>;
  count: () => Promise<number>;
  /** The list's size is kept, not counted: it is read alongside the page, whatever the page tells. */
  sizeIsKept?: boolean;
}

/** The list's size when the page read tells it: it ends on that page, or is empty. */
export function sizeToldByPage(rowsRead: number, { limit, offset }: PageBounds): number | undefined {
  if (rowsRead > 0 && rowsRead < limit) return offset + rowsRead;
  return rowsRead === 0 && offset === 0 ? 0 : undefined;
}

export async function readPage<Row>(rawPage: string | undefined, pageSize: number, list: PagedList<Row>): Promise<QueuePage<Row>> {
  const asked = pageWindow(rawPage, MAX_PAGES * pageSize, pageSize);
  const bounds = { limit: pageSize, offset: asked.offset };
  let [rows, total] = list.sizeIsKept ? await Promise.all([list.rows(bounds), list.count()]) : [await list.rows(bounds), undefined];
  total ??= sizeToldByPage(rows.length, bounds) ?? (await list.count());
  const shown = pageWindow(rawPage, total, pageSize);
  if (shown.offset !== asked.offset) rows = await list.rows({ limit: pageSize, offset: shown.offset });
  return { ...shown, rows };
}
