// 「ID／パスワードを忘れた方はこちら」: the single-use link to set a new password.
const formatter = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
});

export interface PasswordResetLinkMailInput {
  companyName: string;
  userName: string;
  businessCode: string;
  userId: string;
  url: string;
  expiresAt: Date;
}

export function passwordResetLinkMail(input: PasswordResetLinkMailInput): { subject: string; text: string; recordedText: string } {
  const lines = (url: string) =>
    [
      input.companyName,
      `${input.userName} 様`,
      '',
      'パスワードの初期化を受け付けました。',
      `事業者コード: ${input.businessCode}`,
      `ユーザID: ${input.userId}`,
      '',
      '以下のURLへアクセスし、新しいパスワードを設定してください。URLは一度だけ使用できます。',
      url,
      '',
      `このURLの有効期限は ${formatter.format(input.expiresAt)} です。`,
      'このメールにお心当たりのない場合は、破棄してください。パスワードは変更されません。',
      '',
      '――――――――――――――――――――',
      '電力広域的運営推進機関 会員情報管理システム',
    ].join('\n');
  return { subject: '【電力広域的運営推進機関】会員情報管理システム パスワード初期化のご案内', text: lines(input.url), recordedText: lines('（表示しません）') };
}
