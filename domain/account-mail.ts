// Mails about accounts, as requests to the deliverMail workflow. They name the user, never a
// password or a link token: those are made inside the activity, so workflow history (which
// operators read) holds no secret.
export type AccountMailRequest =
  /** A new user's password (ユーザ情報登録) or a new one after パスワード初期化 by a 管理者. */
  | { kind: 'user-password'; idempotencyKey: string; userRowId: number; reason: 'created' | 'reset' }
  /** The single-use link of 「ID／パスワードを忘れた方はこちら」. */
  | { kind: 'password-reset-link'; idempotencyKey: string; userRowId: number; expiresAt: string };
