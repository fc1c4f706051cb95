// 現在 vs 申請内容, field by field. A changed field says so in words (変更あり), not by colour alone.
import type { FieldComparison } from '../../domain/member-diff';

export function ComparisonTable({ rows, caption }: { rows: FieldComparison[]; caption: string }) {
  return (
    <table class="info comparison">
      <caption>{caption}</caption>
      <thead>
        <tr><th scope="col">項目</th><th scope="col">現在</th><th scope="col">申請内容</th><th scope="col">変更</th></tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr class={row.changed ? 'changed' : undefined}>
            <th scope="row">{row.label}</th>
            <td>{row.before}</td>
            <td>{row.after}</td>
            <td>{row.changed ? <span class="change-mark">変更あり</span> : '―'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
