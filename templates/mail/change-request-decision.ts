// The decision on a 会員情報変更申請 / 承継 / 脱退 request: 承認, or 保留 / 却下 with the reason, the
// way to update and resubmit, and where 関連資料 go if asked for (manual 5.1, 6.1, 7.1).
import { CHANGE_REQUEST_KINDS, type ChangeRequestKind } from '../../domain/change-request';
import { ATTACHMENTS_ON_REQUEST } from './attachments-note';
import { SIGNATURE } from './signature';

export interface ChangeRequestMailInput {
  decision: 'approved' | 'on_hold' | 'rejected';
  kind: ChangeRequestKind;
  companyName: string;
  businessCode: string;
  recipientName: string;
  reason: string | null;
  requestUrl: string;
}

const WORDS = { approved: '承認', on_hold: '保留', rejected: '却下' } as const;

export function changeRequestDecisionMail(input: ChangeRequestMailInput): { subject: string; text: string } {
  const word = WORDS[input.decision];
  const what = CHANGE_REQUEST_KINDS[input.kind];
  const ending = input.kind === 'succession' || input.kind === 'withdrawal';
  const body =
    input.decision === 'approved'
      ? ending
        ? ['広域機関会員ではなくなったため、本システムは利用出来なくなります。']
        : ['申請された内容を会員情報に反映しました。']
      : [`${word}理由:`, input.reason ?? '', '', `${word}理由に応じて申請内容を更新し、以下のURLから再度申請してください。`, ATTACHMENTS_ON_REQUEST, input.requestUrl];
  return {
    subject: `【電力広域的運営推進機関】${what}申請${word}のお知らせ（事業者コード ${input.businessCode}）`,
    text: [input.companyName, `${input.recipientName} 様`, '', `${what}の申請は「${word}」となりました。`, '', ...body, ...SIGNATURE].join('\n'),
  };
}
