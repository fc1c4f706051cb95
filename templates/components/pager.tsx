// 前へ / N / M / 次へ under a list shown a page at a time; nothing when everything fits on one page.
// `label` names the list for screen readers, and must differ between pagers on the same page.
export interface PagerProps {
  label: string;
  page: number;
  pages: number;
  href: (page: number) => string;
}

export function Pager({ label, page, pages, href }: PagerProps) {
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label={label}>
      {page > 1 ? <a href={href(page - 1)}>前へ</a> : null}
      <span>{`${page} / ${pages}`}</span>
      {page < pages ? <a href={href(page + 1)}>次へ</a> : null}
    </nav>
  );
}
