// Why a login session ended other than by ログアウト: the ログイン page tells its owner when the
// ended session's cookie comes back, instead of showing a bare ログイン.
export type SessionEndReason =
  /** 承継 or 脱退 approved */
  | 'membership_ended'
  /** the 担当者 deleted by a 管理者 */
  | 'user_deleted'
  /** パスワード初期化 by a 管理者 */
  | 'password_reset'
  /** the password changed in another session or through a reset link */
  | 'password_changed'
  /** wrong current passwords on パスワード変更 locked the account */
  | 'locked'
  /** no request within the idle period */
  | 'expired';

/** The ログイン page's query key for each reason; the page shows the notice the key names. */
export const LOGIN_NOTICE_KEY: Record<SessionEndReason, string> = {
  membership_ended: 'ended',
  user_deleted: 'deleted',
  password_reset: 'initialized',
  password_changed: 'changed',
  locked: 'locked',
  expired: 'expired',
};
