// 加入申請詳細 (staff): the application at a glance, what was submitted, then what the current
// state allows (事業者コード発行 or 却下 while the code is awaited, 承認 / 保留 / 却下 under review),
// then the history: staff read what they decide on before deciding.
import type { MembershipApplication } from '../../../db/models/membership-application';
import type { MembershipApplicationEvent } from '../../../db/models/membership-application-event';
import type { TimelineEntry } from '../../../domain/timeline';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../domain/application-status';
import type { Decision } from '../../../domain/forms/staff-decision';
import type { StaffAuth } from '../../../server/deps';
import { TemporalUiLink } from '../../components/temporal-ui-link';
import { formatDateTime } from '../../components/date-time';
import { awaitedBefore } from '../../../domain/application-deadline';
import { joiningLifecycle } from '../../../domain/lifecycle/joining';
import { classSelector } from '../../components/class-selector';
import { ErrorSummary } from '../../components/error-summary';
import { Field } from '../../components/field';
import { Done, FormError } from '../../components/notice';
import { LifecyclePicture } from '../../components/lifecycle-picture';
import { Timeline } from '../../components/timeline';
import { DecisionForm } from '../decision-form';
import { StaffLayout } from '../staff-layout';
import { ApplicationSummary } from './application-summary';

export interface ApplicationDetailProps {
  auth: StaffAuth;
  application: MembershipApplication;
  events: MembershipApplicationEvent[];
  timeline: TimelineEntry[];
  workflowUrl: string;
  /** A refusal by the workflow. */
  notice?: string | undefined;
  /** The workflow's refusal of the 事業者コード entered (e.g. one already in use), told in the code form. */
  codeRefusal?: string | undefined;
  /** The outcome of the step just taken. */
  done?: string | undefined;
  errors?: { businessCode?: string | undefined; reason?: string | undefined } | undefined;
  values?: { businessCode?: string | undefined; reason?: string | undefined } | undefined;
  /** Names the page's forms: a step sent twice from it is one step. */
  formId: string;
  /** Back from a decision's confirmation (戻る). */
  decisionReturned?: boolean | undefined;
  /** Back from 事業者コード発行の確認 (戻る): the code takes the focus, in view. */
  codeReturned?: boolean | undefined;
}

const CODE_PANEL_CLASS = 'panel business-code';
/** The 事業者コード発行 form on its page (a selector), which the answer to 戻る from its confirmation shows. */
export const CODE_PANEL = classSelector(CODE_PANEL_CLASS);

// Before the code an application can only be refused; under review it is decided.
export const DECISION_PANELS: Partial<Record<ApplicationStatus, { heading: string; decisions: Decision[] }>> = {
  provisional_submitted: { heading: '却下', decisions: ['reject'] },
  under_review: { heading: '審査', decisions: ['approve', 'hold', 'reject'] },
};

export function ApplicationDetailPage({ auth, application: a, events, timeline, workflowUrl, notice, codeRefusal, done, errors = {}, values = {}, formId, decisionReturned, codeReturned }: ApplicationDetailProps) {
  const data = a.finalData ?? a.provisionalData;
  const base = `/staff/applications/${a.id}`;
  const decision = DECISION_PANELS[a.status];
  const awaitingCode = a.status === 'provisional_submitted';
  const awaited = awaitedBefore(a.status);
  return (
    <StaffLayout title="加入申請詳細" auth={auth} area="/staff/applications">
      <h1>加入申請詳細</h1>
      {/* Once the application has moved on (another staff issued the code), the code form is gone: its refusal is told here. */}
      <FormError message={notice ?? (awaitingCode ? undefined : codeRefusal)} />
      <Done message={done} />
      <LifecyclePicture lifecycle={joiningLifecycle(a.status, events)} />
      <dl class="summary">
        <dt>加入申請受付番号</dt><dd>{a.receiptNumber}</dd>
        <dt>状況</dt><dd class="status" data-status={a.status}>{APPLICATION_STATUSES[a.status]}</dd>
        <dt>事業者コード</dt><dd>{a.businessCode ?? '未発行'}</dd>
        {a.deadlineAt && awaited ? (
          <>
            <dt>期限</dt><dd>{formatDateTime(a.deadlineAt)}（{awaited}がなければ期限切れになります）</dd>
          </>
        ) : null}
        <dt>リンク確認のご担当者</dt><dd>{a.contactName}（{a.email}）</dd>
        <dt>ワークフロー</dt><dd><TemporalUiLink href={workflowUrl} /></dd>
        <dt>関連資料</dt><dd><a href={`${base}/attachments`}>提出された関連資料を見る</a></dd>
      </dl>

      <h2>申請内容</h2>
      {data ? <ApplicationSummary data={data} /> : <p>加入(仮)申請はまだありません。</p>}

      {awaitingCode ? (
        <form hx-boost="true" method="post" action={`${base}/business-code`} class={CODE_PANEL_CLASS} novalidate>
          <h2>事業者コード発行</h2>
          {/* The form sits below what is decided on: a refusal leads with a summary that takes the focus here. */}
          <ErrorSummary errors={{ businessCode: errors.businessCode }} message={codeRefusal} />
          <input type="hidden" name="formId" value={formId} />
          <p>経済産業省の事業者認可・届出受理を確認のうえ、4桁の事業者コードを入力してください。申請者の管理者①へメールで通知します。</p>
          <Field name="businessCode" label="事業者コード" required width="半角" value={values.businessCode} error={errors.businessCode} maxlength={4} autofocus={codeReturned} />
          <div class="actions"><button type="submit">事業者コード発行</button></div>
        </form>
      ) : null}
      {decision ? <DecisionForm action={`${base}/decision`} {...decision} recipient="申請者" formId={formId} error={errors.reason} value={values.reason} events={events} returned={decisionReturned} /> : null}

      <h2>これまでの経過</h2>
      <Timeline entries={timeline} audience="staff" />
      <p class="actions"><a class="button secondary" href="/staff/applications">一覧へ戻る</a></p>
    </StaffLayout>
  );
}
