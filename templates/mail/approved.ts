// 承認: the applicant is a member now (manual 1.1 step 7); passwords follow in their own mails.
import { SIGNATURE } from './signature';

export interface ApprovedMailInput {
  companyName: string;
  administratorName: string;
  receiptNumber: string;
  businessCode: string;
  loginUrl: string;
}

export function approvedMail(input: ApprovedMailInput): { subject: string; text: string } {
  return {
    subject: '【電力広域的運営推進機関】加入申請承認のお知らせ',
    text: [
      input.companyName,
      `${input.administratorName} 様`,
      '',
      `加入申請（加入申請受付番号 ${input.receiptNumber}）を承認しました。本機関へのご加入ありがとうございます。`,
      '',
      `事業者コード: ${input.businessCode}`,
      '',
      'ログインに必要なパスワードは、管理者ごとに別のメールでお送りします。',
      '会員情報管理システムへは以下のURLからログインしてください。',
      input.loginUrl,
      ...SIGNATURE,
    ].join('\n'),
  };
}
