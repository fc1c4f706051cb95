// The initial password of a 管理者 after 承認 (manual 2.2). It must be changed at the first login.
import { SIGNATURE } from './signature';

export interface InitialPasswordMailInput {
  companyName: string;
  userName: string;
  businessCode: string;
  userId: string;
  password: string;
  loginUrl: string;
}

export function initialPasswordMail(input: InitialPasswordMailInput): { subject: string; text: string; recordedText: string } {
  const lines = (password: string) =>
    [
      input.companyName,
      `${input.userName} 様`,
      '',
      '会員情報管理システムのユーザを登録しました。ログインに必要な情報をお知らせします。',
      '',
      `事業者コード: ${input.businessCode}`,
      `ユーザID: ${input.userId}`,
      `パスワード: ${password}`,
      '',
      '初回ログイン時にパスワードの変更をお願いします。',
      input.loginUrl,
      ...SIGNATURE,
    ].join('\n');
  return {
    subject: '【電力広域的運営推進機関】会員情報管理システム パスワードのお知らせ',
    text: lines(input.password),
    // The ledger never holds the password.
    recordedText: lines('（表示しません）'),
  };
}
