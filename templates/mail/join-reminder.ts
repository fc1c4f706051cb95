// Reminder to an applicant whose next step is 加入(本)申請: after the 事業者コード, a 保留 or a 却下.
import type { ApplicationStatus } from '../../domain/application-status';
import { finalApplicationDeadlineLines } from './final-application-deadline';

export interface JoinReminderMailInput {
  companyName: string;
  status: Extract<ApplicationStatus, 'code_issued' | 'on_hold' | 'rejected'>;
  finalApplicationUrl: string;
  statusUrl: string;
  /** 加入(本)申請の期限 */
  finalApplicationDeadline?: Date | null;
}

const WHAT_WAITS: Record<JoinReminderMailInput['status'], string> = {
  code_issued: '事業者コードをお知らせしましたが、加入(本)申請がまだ行われていません。',
  on_hold: '加入(本)申請を保留としておりますが、申請内容の更新がまだ行われていません。',
  rejected: '加入(本)申請を却下としておりますが、申請内容の更新がまだ行われていません。',
};

export function joinReminderMail(input: JoinReminderMailInput): { subject: string; text: string } {
  return {
    subject: '【電力広域的運営推進機関】加入(本)申請のお願い',
    text: [
      `${input.companyName} ご担当者様`,
      '',
      WHAT_WAITS[input.status],
      input.status === 'code_issued'
        ? '以下のURLから加入申請受付番号と管理者①メールアドレスを入力して「再表示」し、加入(本)申請を行ってください。'
        : '保留理由・却下理由に応じて申請内容を更新のうえ、以下のURLから再度加入(本)申請を行ってください。',
      '',
      input.finalApplicationUrl,
      ...finalApplicationDeadlineLines(input.finalApplicationDeadline),
      '',
      '申請状況は以下のURLでご確認いただけます。',
      input.statusUrl,
      '',
      '既にお手続き済みの場合は、本メールと行き違いになりましたことをご容赦ください。',
      '',
      '――――――――――――――――――――',
      '電力広域的運営推進機関 会員情報管理システム',
    ].join('\n'),
  };
}
