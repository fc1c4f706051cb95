// The mail sent after リンク確認: how to continue with 加入(仮)申請. Anyone can ask for it to any
// address, so what they typed (会社名, ご担当者氏名) is shown below the instructions, labelled as
// what was entered, never as the mail's opening words.
import { formatMailDateTime } from './mail-date';

export interface JoinLinkMailInput {
  companyName: string;
  contactName: string;
  url: string;
  expiresAt: Date;
}

export function joinLinkMail(input: JoinLinkMailInput): { subject: string; text: string } {
  return {
    subject: '【電力広域的運営推進機関】加入(仮)申請のご案内',
    text: [
      'ご担当者様',
      '',
      '電力広域的運営推進機関の会員加入申請リンクの確認を受け付けました。',
      '以下のURLへアクセスし、「加入(仮)申請」画面にて必要事項を入力のうえ、加入仮申請を行ってください。',
      '',
      input.url,
      '',
      `このURLの有効期限は ${formatMailDateTime(input.expiresAt)} です。`,
      '有効期限を過ぎた場合は、もう一度「加入申請リンク確認」から手続きを行ってください。',
      '',
      '■ お申込み時に入力された内容',
      `会社名: ${input.companyName}`,
      `ご担当者氏名: ${input.contactName}`,
      '',
      'このメールにお心当たりのない場合は、破棄してください。',
      '',
      '――――――――――――――――――――',
      '電力広域的運営推進機関 会員情報管理システム',
    ].join('\n'),
  };
}
