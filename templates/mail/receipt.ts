// After 加入(仮)申請: the 加入申請受付番号 and how 加入(本)申請 follows (manual 1.3, 1.4).
import { SIGNATURE } from './signature';

export interface ReceiptMailInput {
  companyName: string;
  administratorName: string;
  receiptNumber: string;
  finalApplicationUrl: string;
  statusUrl: string;
}

export function receiptMail(input: ReceiptMailInput): { subject: string; text: string } {
  return {
    subject: `【電力広域的運営推進機関】加入(仮)申請受付のお知らせ（加入申請受付番号 ${input.receiptNumber}）`,
    text: [
      input.companyName,
      `${input.administratorName} 様`,
      '',
      '加入(仮)申請を受け付けました。',
      '',
      `加入申請受付番号: ${input.receiptNumber}`,
      '',
      '経済産業省様へ必要資料の提出を行ってください。',
      '経済産業省様より事業者認可・届出受理の連絡がございましたら、本機関に事業者マスタ申請を行ってください。',
      '本機関から「事業者コード」をご連絡しますので、以下のURLへアクセスし、加入申請受付番号と',
      '管理者①メールアドレスを入力して「再表示」ボタンをクリックし、事業者コードを入力して「本申請」ボタンをクリックしてください。',
      '',
      input.finalApplicationUrl,
      '',
      '申請の状況は以下のURLからご確認いただけます。',
      input.statusUrl,
      '',
      '本メールは加入(本)申請の際に必要となりますので、大切に保管してください。',
      ...SIGNATURE,
    ].join('\n'),
  };
}
