// Pages for errors: never a stack trace, always a Japanese message and a way back.
import { Layout } from '../layout';

const MESSAGES = {
  404: { title: 'ページが見つかりません', text: 'お探しのページは見つかりませんでした。URLをご確認ください。' },
  413: { title: '送信内容が大きすぎます', text: '入力された内容が大きすぎるため、受け付けられませんでした。入力内容をご確認のうえ、もう一度お試しください。' },
  403: { title: 'アクセスできません', text: 'この操作は許可されていません。画面を開き直してから、もう一度お試しください。' },
  503: { title: 'ただいまご利用いただけません', text: 'システムが一時的に利用できない状態です。しばらく時間をおいてから、もう一度お試しください。入力された内容は保存されていません。' },
  500: { title: 'システムエラー', text: 'システムエラーが発生しました。しばらく時間をおいてから、もう一度お試しください。' },
} as const;

export type ErrorStatus = keyof typeof MESSAGES;

/** Manual 第3章 「ユーザ管理機能は管理者のみが使用できます」, worded for every 管理者-only page. */
const ADMINISTRATOR_ONLY = 'この機能は管理者のみが使用できます。';

export interface ErrorPageProps {
  status: ErrorStatus;
  /** A 担当者 on a page reserved to 管理者: retrying cannot help, so the page says why. */
  administratorOnly?: boolean;
  /** A logged-in member goes back to メニュー, not to ログイン. */
  member?: boolean;
}

export function ErrorPage({ status, administratorOnly = false, member = false }: ErrorPageProps) {
  const message = MESSAGES[status];
  return (
    <Layout title={message.title}>
      <h1>{message.title}</h1>
      <p role="alert">{administratorOnly ? ADMINISTRATOR_ONLY : message.text}</p>
      <p>{member ? <a href="/member">メニューへ戻る</a> : <a href="/">トップへ戻る</a>}</p>
    </Layout>
  );
}
