// 加入(仮)申請 (manual 1.3), reached from the link mail. The link is checked here; the form's
// company and 管理者 fields come with the joining issue.
import { JoinSteps } from '../components/join-steps';
import { Layout } from '../layout';

export interface ProvisionalApplicationPageProps {
  companyName: string;
  contactName: string;
  email: string;
}

export function ProvisionalApplicationPage(props: ProvisionalApplicationPageProps) {
  return (
    <Layout title="加入(仮)申請">
      <JoinSteps current="仮申請" />
      <h1>電力広域的運営推進機関 加入(仮)申請</h1>
      <p>リンクを確認しました。以下の内容で加入申請を受け付けています。</p>
      <dl class="summary">
        <dt>会社名</dt>
        <dd>{props.companyName}</dd>
        <dt>ご担当者氏名</dt>
        <dd>{props.contactName}</dd>
        <dt>メールアドレス</dt>
        <dd>{props.email}</dd>
      </dl>
    </Layout>
  );
}

/** A link that is unknown, forged or past its expiry: one neutral page with the way forward. */
export function JoinLinkInvalidPage({ expired }: { expired: boolean }) {
  return (
    <Layout title="加入(仮)申請">
      <JoinSteps current="仮申請" />
      <h1>電力広域的運営推進機関 加入(仮)申請</h1>
      <p class="form-error" role="alert">
        {expired
          ? 'このリンクの有効期限が切れています。お手数ですが、もう一度「加入申請リンク確認」から手続きを行ってください。'
          : 'このリンクは無効です。メールに記載されたURLをご確認いただくか、もう一度「加入申請リンク確認」から手続きを行ってください。'}
      </p>
      <p><a class="button" href="/join/link">加入申請リンク確認</a></p>
    </Layout>
  );
}
