// What an application the applicant can no longer take further (closureOf) says, and the way left: after 承認 the
// member logs in (the password comes by mail); an application that ended (却下 before the 事業者コード,
// or past its wait) is over, and the business starts again at 加入申請リンク確認 (README: 保留 and 却下).
import type { ApplicationClosure, ApplicationStatus } from '../../domain/application-status';

function whyClosed(status: ApplicationStatus): string {
  if (status === 'approved') return 'この申請は承認され、加入の手続きは完了しています。';
  if (status === 'rejected') return 'この申請は却下となったため、手続きは終了しました。';
  return '期限までに手続きが行われなかったため、この申請の手続きは終了しました。';
}

const WAYS: Record<ApplicationClosure, { text: string; href: string; label: string }> = {
  approved: {
    text: 'ログインに必要なパスワードは、管理者のメールアドレスにお送りしています。メールが届きましたら、「ログイン」画面からログインしてください。',
    href: '/login',
    label: 'ログイン',
  },
  ended: {
    text: '改めて加入される場合は、お手数ですが「加入申請リンク確認」から手続きを行ってください。',
    href: '/join/link',
    label: '加入申請リンク確認',
  },
};

/** Why the application is closed and the one way on, as a button. */
export function ClosedApplication({ status, closure }: { status: ApplicationStatus; closure: ApplicationClosure }) {
  const way = WAYS[closure];
  return (
    <>
      <p>{whyClosed(status)}</p>
      <p>{way.text}</p>
      <p><a class="button" href={way.href}>{way.label}</a></p>
    </>
  );
}
