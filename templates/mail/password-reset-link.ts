// 「ID／パスワードを忘れた方はこちら」: the single-use link to set a new password.
import { formatMailDateTime } from './mail-date';

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
      `このURLの有効期限は ${formatMailDateTime(input.expiresAt)} です。`,
      'このメールにお心当たりのない場合は、破棄してください。パスワードは変更されません。',
      '',
      '――――――――――――――――――――',
      '電力広域的運営推進機関 会員情報管理システム',
    ].join('\n');
  return { subject: '【電力広域的運営推進機関】会員情報管理システム パスワード初期化のご案内', text: lines(input.url), recordedText: lines('（表示しません）') };
}
