// One section of a staff queue (加入申請一覧, 会員情報変更申請一覧): its heading with the true
// number of items, which of them are shown, the page's table, and the section's own pager.
import type { Child } from 'hono/jsx';
import type { QueuePage } from '../../db/repositories/staff-queues';
import { shownRange, type PageWindow } from '../../domain/paging';
import { Pager } from './pager';

const COUNT = new Intl.NumberFormat('ja-JP');

/** A section as the queue's route reads it. */
export interface QueueSectionPage<Row> {
  /** The section's page parameter, e.g. `review` for `?review=2` */
  key: string;
  heading: string;
  queue: QueuePage<Row>;
}

/** Each section's page by its key: the pagers' links keep the other sections where they are. */
export function currentPages(sections: QueueSectionPage<unknown>[]): Record<string, number> {
  return Object.fromEntries(sections.map((section) => [section.key, section.queue.page]));
}

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
