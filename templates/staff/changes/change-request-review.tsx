// Staff console: one request with the field-by-field comparison (現在 vs 申請内容, changed fields
// marked in words), 承認 / 保留 / 却下 with a reason, then its history (as on 加入申請詳細).
import type { ChangeRequest } from '../../../db/models/change-request';
import type { ChangeRequestEvent } from '../../../db/models/change-request-event';
import type { TimelineEntry } from '../../../domain/timeline';
import type { Member } from '../../../db/models/member';
import { CHANGE_REQUEST_KINDS, CHANGE_REQUEST_STATUSES } from '../../../domain/change-request';
import type { FieldComparison } from '../../../domain/member-diff';
import type { StaffAuth } from '../../../server/deps';
import { changeRequestLifecycle } from '../../../domain/lifecycle/change-request';
import { Timeline } from '../../components/timeline';
import { LifecyclePicture } from '../../components/lifecycle-picture';
import { ComparisonTable } from '../../components/comparison-table';
import { formatDateTime } from '../../components/date-time';
import { Done, FormError } from '../../components/notice';
import { actorLabel } from '../../member/changes/change-list';
import { TemporalUiLink } from '../../components/temporal-ui-link';
import { DecisionForm } from '../decision-form';
import { StaffLayout } from '../staff-layout';

export interface ChangeReviewProps {
  auth: StaffAuth;
  request: ChangeRequest;
  member: Member;
  events: ChangeRequestEvent[];
  /** Steps, changes applied, mails and 関連資料, in time order. */
  timeline: TimelineEntry[];
  comparison: FieldComparison[];
  workflowUrl: string;
  notice?: string | undefined;
  /** The outcome of the decision just taken. */
  done?: string | undefined;
  errors?: { reason?: string | undefined };
  values?: { reason?: string | undefined };
  /** Names the decision form: pressed twice, it is one decision. */
  formId: string;
  /** Back from a decision's confirmation (戻る). */
  decisionReturned?: boolean | undefined;
}

export function ChangeReviewPage(props: ChangeReviewProps) {
  const { request, member, errors = {}, values = {} } = props;
  const changedCount = props.comparison.filter((row) => row.changed).length;
  return (
    <StaffLayout title="会員情報変更申請 審査" auth={props.auth} area="/staff/changes">
      <h1>会員情報変更申請 審査</h1>
      <FormError message={props.notice} />
      <Done message={props.done} />
      <LifecyclePicture lifecycle={changeRequestLifecycle(request.kind, request.status, props.events)} />
      <dl class="summary">
        <dt>事業者コード</dt><dd>{member.businessCode}</dd>
        <dt>会社名</dt><dd>{member.companyName}</dd>
        <dt>種別</dt><dd>{CHANGE_REQUEST_KINDS[request.kind]}</dd>
        <dt>状態</dt><dd>{CHANGE_REQUEST_STATUSES[request.status]}</dd>
        <dt>申請日時</dt><dd>{formatDateTime(request.submittedAt)}</dd>
        <dt>関連資料</dt><dd><a href={`/staff/changes/${request.id}/attachments`}>提出された関連資料を見る</a></dd>
        <dt>申請者</dt><dd>{actorLabel(request.submittedBy)}</dd>
        {request.successor ? (
          <>
            <dt>承継事業者コード</dt><dd>{request.successor.businessCode}</dd>
            <dt>承継事業者名</dt><dd>{request.successor.name}</dd>
          </>
        ) : null}
        <dt>ワークフロー</dt><dd><TemporalUiLink href={props.workflowUrl} /></dd>
      </dl>
      {request.kind === 'succession' || request.kind === 'withdrawal' ? (
        <p class="warning" role="note">承認すると、この会員は広域機関会員ではなくなり、全ユーザのログインが終了します。</p>
      ) : null}
      {props.comparison.length > 0 ? (
        <>
          <p>{`変更のある項目: ${changedCount}件`}</p>
          <ComparisonTable caption="会社情報（現在と申請内容）" rows={props.comparison} />
        </>
      ) : null}
      {request.status === 'under_review' ? (
        <DecisionForm action={`/staff/changes/${request.id}/decision`} heading="審査" decisions={['approve', 'hold', 'reject']} recipient="会員の管理者" formId={props.formId} error={errors.reason} value={values.reason} events={props.events} returned={props.decisionReturned} />
      ) : null}
      <h2>これまでの経過</h2>
      <Timeline entries={props.timeline} audience="staff" />
      <p><a href={`/staff/audit?businessCode=${encodeURIComponent(member.businessCode)}`}>この会員の変更履歴（監査証跡）</a></p>
      <p class="actions"><a class="button secondary" href="/staff/changes">一覧へ戻る</a></p>
    </StaffLayout>
  );
}
