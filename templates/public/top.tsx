// The public top page: where the OCCTO home page's link 「加入申請リンク確認」 lands.
import { Layout } from '../layout';

export function TopPage() {
  return (
    <Layout title="トップ">
      <h1>会員情報管理システム</h1>
      <p>
        本システムは、電力広域的運営推進機関（以降、本機関）の会員加入申し込みの受付や、各種通知、連絡等を一元管理することを目的にしたシステムです。
      </p>
      <section class="panel">
        <h2>会員に関する情報</h2>
        <p>これから本機関へ加入される事業者の方は、こちらから加入手続きを開始してください。</p>
        <p><a class="button" href="/join/link">加入申請リンク確認</a></p>
      </section>
    </Layout>
  );
}
