// Where the cookie of a session that is no more leads: the ログイン page, with why the session
// ended where that was recorded (承継/脱退 approved, the user deleted, パスワード初期化 …).
import type { Database } from '../../db/database';
import { takeSessionEndReason } from '../../db/repositories/sessions';
import { LOGIN_NOTICE_KEY } from '../../domain/session-end';

export async function loginAfterEndedSession(db: Database, token: string, loginPath: string): Promise<string> {
  const reason = await takeSessionEndReason(db, token);
  return reason ? `${loginPath}?${LOGIN_NOTICE_KEY[reason]}` : loginPath;
}

/** The notices both ログイン pages give for an ended session, keyed as LOGIN_NOTICE_KEY names them. */
export const SESSION_ENDED_NOTICES = {
  changed: 'パスワードが変更されたため、ログアウトしました。新しいパスワードでログインしてください。',
  expired: '一定時間操作がなかったため、ログアウトしました。もう一度ログインしてください。',
} as const;
