// One section of a staff queue (加入申請一覧, 会員情報変更申請一覧): its heading with the true
// number of items, which of them are shown, the page's table, and the section's own pager.
import type { Child } from 'hono/jsx';
import { shownRange, type PageWindow } from '../../domain/paging';
import { Pager } from './pager';

const COUNT = new Intl.NumberFormat('ja-JP');

export interface QueueSectionProps {
  heading: string;
  paging: PageWindow;
  href: (page: number) => string;
  sectionClass?: string;
  /** The table of the page's rows; not shown when the section is empty. */
  children: Child;
}

export function QueueSection({ heading, paging, href, sectionClass, children }: QueueSectionProps) {
  const { total, page, pages, pageSize } = paging;
  return (
    <section class={sectionClass}>
      <h2>{`${heading}（${COUNT.format(total)}件）`}</h2>
      {total === 0 ? (
        <p>該当する申請はありません。</p>
      ) : (
        <>
          <p>{shownRange(total, page, pageSize)}</p>
          {children}
          <Pager label={`${heading}のページ`} page={page} pages={pages} href={href} />
        </>
      )}
    </section>
  );
}
