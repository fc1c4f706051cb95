// One request of 会員情報変更申請一覧: what was asked, where it stands, its history; after 保留 or
// 却下 the way to correct and resubmit, and 取下げ (through its confirmation) while it is open.
import type { ChangeRequest } from '../../../db/models/change-request';
import type { ChangeRequestEvent } from '../../../db/models/change-request-event';
import { AUDIT_ACTIONS, type AuditAction } from '../../../domain/audit-action';
import type { TimelineEntry } from '../../../domain/timeline';
import { OPEN_STATUSES } from '../../../domain/change-request';
import type { FieldComparison } from '../../../domain/member-diff';
import type { MemberAuth } from '../../../server/deps';
import { changeRequestLifecycle } from '../../../domain/lifecycle/change-request';
import { Timeline } from '../../components/timeline';
import { LifecyclePicture } from '../../components/lifecycle-picture';
import { ComparisonTable } from '../../components/comparison-table';
import { ErrorSummary } from '../../components/error-summary';
import { Field } from '../../components/field';
import { Done, FormError } from '../../components/notice';
import { MemberLayout } from '../member-layout';
import { actorLabel } from './change-list';
import { DecisionNotice } from '../../components/decision-notice';
import { decisionOf } from './request-decision';
import { RequestSummary } from './request-summary';

/** What one audit entry of the request changed: a decided change, or the 即時反映 of 管理者. */
export interface RecordedChange {
  action: AuditAction;
  rows: FieldComparison[];
}

export interface ChangeDetailProps {
  auth: MemberAuth;
  request: ChangeRequest;
  events: ChangeRequestEvent[];
  /** Steps, changes applied, mails and 関連資料, in time order. */
  timeline: TimelineEntry[];
  comparison: FieldComparison[];
  /** Changes applied through this request, from the audit trail. */
  recorded: RecordedChange[];
  done?: string | undefined;
  error?: string | undefined;
  successorErrors?: Partial<Record<'successorCode' | 'successorName', string>>;
  successorValues?: Partial<Record<'successorCode' | 'successorName', string>>;
}

/** Which part of the member an applied change concerns, named as 会員情報確認 names it. */
const RECORDED_SUBJECTS: Partial<Record<AuditAction, string>> = {
  company_changed: '会社情報',
  administrator_changed: '管理者情報',
  membership_ended: '会員資格',
};

const APPLIED_COLUMNS = { before: '変更前', after: '変更後' };

export function ChangeDetailPage(props: ChangeDetailProps) {
  const { request, events } = props;
  const open = OPEN_STATUSES.includes(request.status);
  const decision = decisionOf(request, events);
  return (
    <MemberLayout title="会員情報変更申請 詳細" auth={props.auth} area="/member/changes">
      <h1>会員情報変更申請 詳細</h1>
      <Done message={props.done} />
      <FormError message={props.error} />
      <LifecyclePicture lifecycle={changeRequestLifecycle(request.kind, request.status, events)} />
      <RequestSummary request={request} submitter={actorLabel(request.submittedBy)} />
      <DecisionNotice decision={decision} again="申請して" />
      {props.comparison.length > 0 ? <ComparisonTable caption="● 会社情報（現在と申請内容）" rows={props.comparison} /> : null}
      {props.recorded.map(({ action, rows }) => (
        <ComparisonTable caption={`● ${RECORDED_SUBJECTS[action] ?? AUDIT_ACTIONS[action]}（変更前と変更後）`} rows={rows} columns={APPLIED_COLUMNS} />
      ))}
      <h2>経過</h2>
      <Timeline entries={props.timeline} audience="applicant" />
      {decision && request.kind !== 'change' ? <EndingResubmit {...props} /> : null}
      <div class="actions">
        <a class="button secondary" href="/member/changes">戻る</a>
        <a class="button secondary" href={`/member/changes/${request.id}/attachments`}>{open ? '関連資料の提出' : '提出済みの関連資料'}</a>
        {open ? <a class="button danger" href={`/member/changes/${request.id}/cancel`}>取下げ</a> : null}
        {decision && request.kind === 'change' ? <a class="button" href={`/member/changes/${request.id}/edit`}>申請内容を修正する</a> : null}
      </div>
    </MemberLayout>
  );
}

/** 再申請 of a 承継 (its successor corrected) or a 脱退, on this page. */
function EndingResubmit({ request, successorErrors = {}, successorValues }: ChangeDetailProps) {
  const values = successorValues ?? { successorCode: request.successor?.businessCode ?? '', successorName: request.successor?.name ?? '' };
  return (
    <form hx-boost="true" method="post" action={`/member/changes/${request.id}/resubmit`} novalidate>
      <ErrorSummary errors={successorErrors} />
      {request.kind === 'succession' ? (
        <section class="form-section">
          <h2>●事業承継先情報</h2>
          <Field name="successorCode" label="承継事業者コード" width="半角" value={values.successorCode} error={successorErrors.successorCode} maxlength={4} />
          <Field name="successorName" label="承継事業者名" width="全角" value={values.successorName} error={successorErrors.successorName} />
        </section>
      ) : null}
      <p class="warning" role="note">!! 「承継」「脱退」の場合、広域機関会員ではなくなるため申請の際はご注意ください</p>
      <div class="actions"><button type="submit">再申請</button></div>
    </form>
  );
}
