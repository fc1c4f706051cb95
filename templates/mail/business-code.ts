// Staff issued the 事業者コード: the applicant can now submit 加入(本)申請 (manual 1.1 step 6).
import { finalApplicationDeadlineLines } from './final-application-deadline';
import { SIGNATURE } from './signature';

export interface BusinessCodeMailInput {
  companyName: string;
  administratorName: string;
  receiptNumber: string;
  businessCode: string;
  finalApplicationUrl: string;
  /** 加入(本)申請の期限 */
  finalApplicationDeadline?: Date | null;
}

export function businessCodeMail(input: BusinessCodeMailInput): { subject: string; text: string } {
  return {
    subject: '【電力広域的運営推進機関】事業者コードのお知らせ',
    text: [
      input.companyName,
      `${input.administratorName} 様`,
      '',
      '本機関にて事業者コードを作成しました。',
      '',
      `事業者コード: ${input.businessCode}`,
      `加入申請受付番号: ${input.receiptNumber}`,
      '',
      '以下のURLへアクセスし、加入申請受付番号と管理者①メールアドレスを入力して「再表示」ボタンをクリックし、',
      '内容をご確認のうえ事業者コードを入力して「本申請」ボタンをクリックしてください。',
      '',
      input.finalApplicationUrl,
      ...finalApplicationDeadlineLines(input.finalApplicationDeadline),
      ...SIGNATURE,
    ].join('\n'),
  };
}
