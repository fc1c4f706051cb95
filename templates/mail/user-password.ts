// The password mails: to a 管理者 after 承認 (manual 2.2), to a new user (新規登録) and after
// パスワード初期化 (第3章). The ledger keeps the text without the password.
import type { UserRole } from '../../db/models/user';
import { SIGNATURE } from './signature';

export type PasswordMailReason = 'approved' | 'created' | 'reset';

export interface UserPasswordMailInput {
  companyName: string;
  userName: string;
  businessCode: string;
  userId: string;
  password: string;
  loginUrl: string;
  reason: PasswordMailReason;
  /** A new 管理者 is told that they are one: they act for the whole member. */
  role?: UserRole;
}

const WORDING: Record<PasswordMailReason, { subject: string; intro: string; change: string }> = {
  approved: {
    subject: '【電力広域的運営推進機関】会員情報管理システム パスワードのお知らせ',
    // Those made at 承認 are the application's 管理者①/②.
    intro: '会員情報管理システムの管理者として、ユーザを登録しました。ログインに必要な情報をお知らせします。',
    change: '初回ログイン時にパスワードの変更をお願いします。',
  },
  created: {
    subject: '【電力広域的運営推進機関】会員情報管理システム ユーザ登録のお知らせ',
    intro: '会員情報管理システムのユーザに登録されました。ログインに必要な情報をお知らせします。',
    change: 'ログイン後、パスワードの変更をお願いします。',
  },
  reset: {
    subject: '【電力広域的運営推進機関】会員情報管理システム パスワード初期化のお知らせ',
    intro: '管理者によりパスワードが初期化されました。新しいパスワードをお知らせします。',
    change: 'ログイン後、パスワードの変更をお願いします。',
  },
};

const NEW_ADMINISTRATOR_INTRO = '会員情報管理システムの管理者として、ユーザに登録されました。ログインに必要な情報をお知らせします。';

export function userPasswordMail(input: UserPasswordMailInput): { subject: string; text: string; recordedText: string } {
  const wording = WORDING[input.reason];
  const intro = input.reason === 'created' && input.role === 'administrator' ? NEW_ADMINISTRATOR_INTRO : wording.intro;
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
      wording.change,
      input.loginUrl,
      '',
      'このメールにお心当たりのない場合は、破棄してください。',
      ...SIGNATURE,
    ].join('\n');
  return { subject: wording.subject, text: lines(input.password), recordedText: lines('（表示しません）') };
}
