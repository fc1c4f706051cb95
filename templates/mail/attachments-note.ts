// Where 関連資料 go when staff ask for them after a 保留 or 却下: the page whose link the mail gives
// next (加入申請状況の確認, or the 会員情報変更申請 itself), manual 1.4 and 5 ① step 3.
export const ATTACHMENTS_ON_REQUEST = '本機関から関連資料の提出をお願いしている場合は、同じ画面の「関連資料の提出」から提出してください。';
