// Pages for errors: never a stack trace, always a Japanese message and a way back. A logged-in
// member or staff keeps the header and menu bar of their pages, so ログアウト and the way on stay in
// reach; everyone else gets the plain frame.
import type { Child } from 'hono/jsx';
import type { MemberAuth, StaffAuth } from '../../server/deps';
import { Layout } from '../layout';
import { MemberLayout } from '../member/member-layout';
import { StaffLayout } from '../staff/staff-layout';

const MESSAGES = {
  400: { title: '送信内容を読み取れません', text: '送信された内容を読み取れませんでした。画面を開き直してから、もう一度お試しください。入力された内容は保存されていません。' },
  404: { title: 'ページが見つかりません', text: 'お探しのページは見つかりませんでした。URLをご確認ください。' },
  413: { title: '送信内容が大きすぎます', text: '入力された内容が大きすぎるため、受け付けられませんでした。入力内容をご確認のうえ、もう一度お試しください。' },
  431: { title: 'アドレスが長すぎます', text: 'ページのアドレス（URL）が長すぎるため、受け付けられませんでした。アドレスをご確認のうえ、トップページから開き直してください。' },
  403: { title: 'アクセスできません', text: 'この操作は許可されていません。画面を開き直してから、もう一度お試しください。' },
  503: { title: 'ただいまご利用いただけません', text: 'システムが一時的に利用できない状態です。しばらく時間をおいてから、もう一度お試しください。入力された内容は保存されていません。' },
  500: { title: 'システムエラー', text: 'システムエラーが発生しました。しばらく時間をおいてから、もう一度お試しください。' },
} as const;

export type ErrorStatus = keyof typeof MESSAGES;

export interface ErrorPageProps {
  status: ErrorStatus;
  /** Where retrying cannot help (a 管理者-only page, an ended membership), the page says why instead. */
  text?: string;
  /** The member requireMember let in: the member frame, and the way back to メニュー instead of ログイン. */
  member?: MemberAuth;
  /** The staff requireStaff let in: the console's frame, and the way back to 本機関メニュー. */
  staff?: StaffAuth;
}

export function ErrorPage({ status, text, member, staff }: ErrorPageProps) {
  const message = MESSAGES[status];
  const back = member ? <a href="/member">メニューへ戻る</a> : staff ? <a href="/staff">本機関メニューへ戻る</a> : <a href="/">トップへ戻る</a>;
  const content: Child = (
    <>
      <h1>{message.title}</h1>
      <p role="alert">{text ?? message.text}</p>
      <p>{back}</p>
    </>
  );
  if (member) return <MemberLayout title={message.title} auth={member}>{content}</MemberLayout>;
  if (staff) return <StaffLayout title={message.title} auth={staff}>{content}</StaffLayout>;
  return <Layout title={message.title}>{content}</Layout>;
}
