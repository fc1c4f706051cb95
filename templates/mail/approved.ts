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
      '',
      // The 本申請 form's words (manual 1.4), now that they can log in to do it; addressed to whom it
      // concerns, as the form is.
      '小売電気事業者と登録特定送配電事業者の方は、還元額が発生した場合に返還する銀行口座を会員情報管理の容量市場口座情報等画面から登録して下さい。',
      ...SIGNATURE,
    ].join('\n'),
  };
}
