// The applicant's status page: where the application stands and every step and decision with its
// reason. The panel reloads itself every few seconds (htmx) while the application is open; a
// reload that finds nothing changed leaves the page alone (204), so focus stays where it was.
import type { TimelineEntry } from '../../domain/timeline';
import type { ApplicationEventKind } from '../../domain/application-event';
import { APPLICATION_STATUSES, closureOf, FINAL_SUBMISSION_STATUSES, type ApplicationStatus } from '../../domain/application-status';
import { joiningLifecycle } from '../../domain/lifecycle/joining';
import { formatDateTime } from '../components/date-time';
import { JoinSteps, type JoinStep } from '../components/join-steps';
import { LifecyclePicture } from '../components/lifecycle-picture';
import { Timeline } from '../components/timeline';
import { Layout } from '../layout';
import { ClosedApplication } from './application-closed';
import type { Decision } from '../components/decision-notice';
import { LookupForm, type LookupFormProps } from './application-lookup';

const TITLE = '加入申請状況の確認';

export function StatusLookupPage(props: Omit<LookupFormProps, 'action' | 'button'>) {
  return (
    <Layout title={TITLE}>
      <h1>{TITLE}</h1>
      <p>「加入申請受付番号」と「管理者①メールアドレス」を入力し、「申請状況確認」ボタンをクリックしてください。</p>
      <LookupForm {...props} action="/join/status" button="申請状況確認" />
    </Layout>
  );
}

export interface StatusPanelProps {
  /** The panel's own URL (with its token), polled by htmx. */
  panelUrl: string;
  /** What the panel shows, as a digest: each poll sends it, and is answered 204 while it holds. */
  version: string;
  receiptNumber: string;
  companyName: string;
  status: ApplicationStatus;
  businessCode: string | null;
  /** 加入(本)申請の期限, while the 本申請 is the applicant's to make. */
  finalApplicationDeadline: Date | null;
  events: { kind: ApplicationEventKind }[];
  /** The 保留 / 却下 the applicant is to answer, with its reason. */
  decision?: Decision | undefined;
  /** Everything that happened, mails and 関連資料 included. */
  timeline: TimelineEntry[];
}

// Approved and ended applications say what is left through ClosedApplication instead.
const NEXT_STEP: Partial<Record<ApplicationStatus, string>> = {
  provisional_submitted: '本機関からの事業者コードの連絡をお待ちください。',
  code_issued: '事業者コードが発行されました。「加入(本)申請」を行ってください。',
  under_review: '本機関にて審査中です。「承認」の連絡をお待ちください。',
  on_hold: '保留理由に応じて申請内容を更新し、再度「加入(本)申請」を行ってください。',
  rejected: '却下理由に応じて申請内容を更新し、再度「加入(本)申請」を行ってください。',
};

/** The applicant's next step, inside the panel so that it follows each poll. */
function NextStep(props: StatusPanelProps) {
  const closure = closureOf(props);
  if (closure) return <ClosedApplication status={props.status} closure={closure} />;
  const canSubmit = FINAL_SUBMISSION_STATUSES.includes(props.status);
  const next = NEXT_STEP[props.status];
  return (
    <>
      {next ? <p>{next}</p> : null}
      <p class="buttons">
        {/* Ids let htmx give the focus back to the same link when a changed panel replaces it. */}
        {canSubmit ? <a id="status-final-link" class="button" href="/join/final">加入(本)申請</a> : null}
        <a id="status-attachments-link" class="button secondary" href={props.panelUrl.replace('/panel?', '/attachments?')}>関連資料の提出</a>
      </p>
    </>
  );
}

export function StatusPanel(props: StatusPanelProps) {
  const open = !closureOf(props);
  return (
    <section id="status-panel" class="panel" aria-live="polite" {...(open ? { 'hx-get': `${props.panelUrl}&v=${props.version}`, 'hx-trigger': 'every 3s', 'hx-swap': 'outerHTML' } : {})}>
      <LifecyclePicture lifecycle={joiningLifecycle(props.status, props.events)} />
      <dl class="summary">
        <dt>加入申請受付番号</dt>
        <dd>{props.receiptNumber}</dd>
        <dt>会社名</dt>
        <dd>{props.companyName}</dd>
        <dt>現在の状況</dt>
        <dd class="status" data-status={props.status}>{APPLICATION_STATUSES[props.status]}</dd>
        {props.businessCode ? (
          <>
            <dt>事業者コード</dt>
            <dd>{props.businessCode}</dd>
          </>
        ) : null}
        {props.finalApplicationDeadline ? (
          <>
            <dt>加入(本)申請の期限</dt>
            <dd>{formatDateTime(props.finalApplicationDeadline)}</dd>
          </>
        ) : null}
        {props.decision ? (
          <>
            <dt>{props.decision.label}理由</dt>
            <dd class="reason">{props.decision.reason}</dd>
          </>
        ) : null}
      </dl>
      <NextStep {...props} />
      <h2>これまでの経過</h2>
      <Timeline entries={props.timeline} audience="applicant" />
    </section>
  );
}

/** 本申請 is the applicant's step once the 事業者コード is issued; until then (and if it never came) 仮申請. */
function joinStepOf({ businessCode }: Pick<StatusPanelProps, 'businessCode'>): JoinStep {
  return businessCode ? '本申請' : '仮申請';
}

/** What each poll answers: the panel, and the step header, which moves when the code is issued. */
export function StatusPanelUpdate(props: StatusPanelProps) {
  return (
    <>
      <StatusPanel {...props} />
      <JoinSteps current={joinStepOf(props)} oob />
    </>
  );
}

export function StatusPage(props: StatusPanelProps) {
  return (
    <Layout title={TITLE}>
      <JoinSteps current={joinStepOf(props)} />
      <h1>{TITLE}</h1>
      <StatusPanel {...props} />
    </Layout>
  );
}
