// The password mail of 第3章: to a new user (新規登録) or after パスワード初期化. The ledger keeps
// the text without the password.
export interface UserPasswordMailInput {
  companyName: string;
  userName: string;
  businessCode: string;
  userId: string;
  password: string;
  loginUrl: string;
  reason: 'created' | 'reset';
}

export function userPasswordMail(input: UserPasswordMailInput): { subject: string; text: string; recordedText: string } {
  const intro =
    input.reason === 'created'
      ? '会員情報管理システムのユーザに登録されました。ログインに必要な情報をお知らせします。'
      : '管理者によりパスワードが初期化されました。新しいパスワードをお知らせします。';
  const lines = (password: string) =>
    [
      input.companyName,
      `${input.userName} 様`,
      '',
      intro,
      '',
      `事業者コード: ${input.businessCode}`,
      `ユーザID: ${input.userId}`,
      `パスワード: ${password}`,
      '',
      'ログイン後、パスワードの変更をお願いします。',
      input.loginUrl,
      '',
      'このメールにお心当たりのない場合は、破棄してください。',
      '',
      '――――――――――――――――――――',
      '電力広域的運営推進機関 会員情報管理システム',
    ].join('\n');
  return {
    subject: input.reason === 'created' ? '【電力広域的運営推進機関】会員情報管理システム ユーザ登録のお知らせ' : '【電力広域的運営推進機関】会員情報管理システム パスワード初期化のお知らせ',
    text: lines(input.password),
    recordedText: lines('（表示しません）'),
  };
}
