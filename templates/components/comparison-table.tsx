// Before vs after, field by field: 現在 vs 申請内容 while a request waits, 変更前 vs 変更後 once a
// change is applied. A changed field says so in words (変更あり), not by colour alone.
import type { FieldComparison } from '../../domain/member-diff';

export interface ComparisonColumns {
  before: string;
  after: string;
}

const REQUESTED: ComparisonColumns = { before: '現在', after: '申請内容' };

export function ComparisonTable({ rows, caption, columns = REQUESTED }: { rows: FieldComparison[]; caption: string; columns?: ComparisonColumns }) {
  // A list of recorded changes only has changed rows: a 変更 column would say nothing.
  const marked = rows.some((row) => !row.changed);
  return (
    <table class="info comparison">
      <caption>{caption}</caption>
      <thead>
        <tr><th scope="col">項目</th><th scope="col">{columns.before}</th><th scope="col">{columns.after}</th>{marked ? <th scope="col">変更</th> : null}</tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr class={row.changed ? 'changed' : undefined}>
            <th scope="row">{row.label}</th>
            <td>{row.before}</td>
            <td>{row.after}</td>
            {marked ? <td>{row.changed ? <span class="change-mark">変更あり</span> : '―'}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
