// After リンク確認: tell the applicant to check the mail.
import { JoinSteps } from '../components/join-steps';
import { Layout } from '../layout';

export function JoinLinkSentMessage() {
  return (
    <section id="join-link-sent" class="panel" role="status">
      <h2>メールを送信しました</h2>
      <p>入力されたメールアドレスに、以降の手続き方法を記載したメールをお送りしました。メールをご確認ください。</p>
      <p>数分たってもメールが届かない場合は、メールアドレスをご確認のうえ、もう一度「加入申請リンク確認」を行ってください。</p>
    </section>
  );
}

export function JoinLinkSentPage() {
  return (
    <Layout title="加入申請リンク確認">
      <JoinSteps current="リンク確認" />
      <h1>加入申請リンク確認</h1>
      <JoinLinkSentMessage />
      <p><a href="/">トップへ戻る</a></p>
    </Layout>
  );
}
