// 加入申請一覧's search (staff): one text, read as a 受付番号, a 事業者コード or part of a 会社名, as an
// applicant on the phone gives it. Cleaned rather than refused, as 会員一覧's search is.

export function readApplicationSearchText(typed: string | undefined): string {
  return (typed ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 100);
}
