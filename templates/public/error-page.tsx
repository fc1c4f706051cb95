// Pages for errors: never a stack trace, always a Japanese message and a way back.
import { Layout } from '../layout';

const MESSAGES = {
  404: { title: 'ページが見つかりません', text: 'お探しのページは見つかりませんでした。URLをご確認ください。' },
  403: { title: 'アクセスできません', text: 'この操作は許可されていません。画面を開き直してから、もう一度お試しください。' },
  503: { title: 'ただいまご利用いただけません', text: 'システムが一時的に利用できない状態です。しばらく時間をおいてから、もう一度お試しください。入力された内容は保存されていません。' },
  500: { title: 'システムエラー', text: 'システムエラーが発生しました。しばらく時間をおいてから、もう一度お試しください。' },
} as const;

export type ErrorStatus = keyof typeof MESSAGES;

export function ErrorPage({ status }: { status: ErrorStatus }) {
  const message = MESSAGES[status];
  return (
    <Layout title={message.title}>
      <h1>{message.title}</h1>
      <p role="alert">{message.text}</p>
      <p><a href="/">トップへ戻る</a></p>
    </Layout>
  );
}
