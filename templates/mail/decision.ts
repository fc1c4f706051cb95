// 保留 or 却下 with the staff's reason: the applicant updates the application and submits again.
import { ATTACHMENTS_ON_REQUEST } from './attachments-note';
import { finalApplicationDeadlineLines } from './final-application-deadline';
import { SIGNATURE } from './signature';

export interface DecisionMailInput {
  kind: 'on_hold' | 'rejected';
  companyName: string;
  administratorName: string;
  receiptNumber: string;
  reason: string;
  /** Absent when the application ends here (却下 before the 事業者コード). */
  finalApplicationUrl?: string;
  /** 加入(本)申請の期限 */
  finalApplicationDeadline?: Date | null;
  statusUrl: string;
}

export function decisionMail(input: DecisionMailInput): { subject: string; text: string } {
  const word = input.kind === 'on_hold' ? '保留' : '却下';
  return {
    subject: `【電力広域的運営推進機関】加入申請${word}のお知らせ（加入申請受付番号 ${input.receiptNumber}）`,
    text: [
      input.companyName,
      `${input.administratorName} 様`,
      '',
      `加入申請（加入申請受付番号 ${input.receiptNumber}）は「${word}」となりました。`,
      '',
      `${word}理由:`,
      input.reason,
      '',
      ...(input.finalApplicationUrl
        ? [
            `${word}理由に応じて申請内容を更新し、以下のURLから再度「加入(本)申請」を行ってください。`,
            input.finalApplicationUrl,
            ...finalApplicationDeadlineLines(input.finalApplicationDeadline),
          ]
        : ['この加入申請の手続きは終了しました。改めて加入される場合は「加入申請リンク確認」から手続きを行ってください。']),
      '',
      '申請の状況は以下のURLからご確認いただけます。',
      // Only the status page takes 関連資料, which a 保留 or 却下 often asks for; not once ended.
      ...(input.finalApplicationUrl ? [ATTACHMENTS_ON_REQUEST] : []),
      input.statusUrl,
      ...SIGNATURE,
    ].join('\n'),
  };
}
