// Lists shown a page at a time: the staff queues, whose sections each have their own page in the
// query string, and the range text they share with 会員一覧. Page numbers are read leniently: a
// hand-edited or stale address shows a page rather than an error.

export interface PageWindow {
  total: number;
  pageSize: number;
  /** 1-based, between 1 and `pages` */
  page: number;
  /** at least 1, so an empty list still has its one (empty) page */
  pages: number;
  offset: number;
}

/**
 * The page to show for a raw query value: anything but a positive integer is page 1, and a page
 * past the end is the last page (the list may have shrunk since the link was made).
 */
export function pageWindow(raw: string | undefined, total: number, pageSize: number): PageWindow {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const requested = Number.parseInt(raw ?? '', 10);
  const page = requested >= 1 ? Math.min(requested, pages) : 1;
  return { total, pageSize, page, pages, offset: (page - 1) * pageSize };
}

/** 「1000件中 51〜100件を表示しています。」 */
export function shownRange(total: number, page: number, pageSize: number): string {
  return `${total}件中 ${total === 0 ? 0 : (page - 1) * pageSize + 1}〜${Math.min(total, page * pageSize)}件を表示しています。`;
}

/**
 * The query string of a page with several paged sections, each section's page under its own key
 * (e.g. `?review=2&waiting=3`). Page 1 is left out, so the plain address shows every section from its start.
 */
export function sectionPagesQuery(pages: Readonly<Record<string, number>>): string {
  const params = new URLSearchParams();
  for (const [key, page] of Object.entries(pages)) if (page > 1) params.set(key, String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A section pager's links: the section at `page`, the other sections kept on their current pages. */
export function sectionPageHref(path: string, current: Readonly<Record<string, number>>, key: string): (page: number) => string {
  return (page) => `${path}${sectionPagesQuery({ ...current, [key]: page })}`;
}
