// Text typed into a staff search (加入申請一覧's one text, 会員一覧's 会社名): cleaned rather than
// refused, since a search with a stray character should still search.

export function readSearchText(typed: string | undefined): string {
  return (typed ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 100);
}
