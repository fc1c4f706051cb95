// Staff: 会員一覧 with search, and its CSV export (UTF-8 with BOM for Excel).
import { Hono } from 'hono';
import { currentAdministrators } from '../../../db/repositories/administrators';
import { allMembers, searchMembers } from '../../../db/repositories/member-search';
import { memberTimeline } from '../../../db/repositories/member-timeline';
import { toCsv } from '../../../domain/csv';
import { readMemberSearch } from '../../../domain/forms/member-search';
import { memberStatusLabel } from '../../../domain/member-status';
import { formatDateTime } from '../../../templates/components/date-time';
import { temporalWorkflowUrl } from '../../../templates/components/temporal-ui-link';
import { StaffMemberHistoryPage } from '../../../templates/staff/member-history';
import { MemberListPage } from '../../../templates/staff/members';
import { memberWorkflowId } from '../../../workflows/member';
import type { AppDeps, AppEnv } from '../../deps';

const CSV_HEADER = ['事業者コード', '会社名', '会社名カナ', '法人番号', '事業者種別', '代表電話番号', '本社郵便番号', '本社所在地1', '本社所在地2', '状態', '加入日時', '終了日時'];

export function staffMemberRoutes({ config, db }: AppDeps) {
  const app = new Hono<AppEnv>();
  const workflowUrl = (businessCode: string) => temporalWorkflowUrl(config.temporal, memberWorkflowId(businessCode));

  app.get('/staff/members', async (c) => {
    const search = readMemberSearch((name) => c.req.query(name));
    const found = await searchMembers(db, search, c.req.query('page'));
    return c.html(<MemberListPage auth={c.get('staff')} search={search} members={found.rows} total={found.total} page={found.page} pageSize={found.pageSize} workflowUrl={workflowUrl} />);
  });

  app.get('/staff/members.csv', async (c) => {
    const members = await allMembers(db, readMemberSearch((name) => c.req.query(name)));
    const csv = toCsv(
      CSV_HEADER,
      members.map((m) => [
        m.businessCode, m.companyName, m.company.companyNameKana, m.company.corporateNumber, m.company.businessTypes.join('・'),
        m.company.phone, m.company.postalCode, m.company.address1, m.company.address2, memberStatusLabel(m.status),
        formatDateTime(m.joinedAt), m.endedAt ? formatDateTime(m.endedAt) : '',
      ]),
    );
    const stamp = new Date().toISOString().slice(0, 10).replace(/-/g, '');
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="members-${stamp}.csv"; filename*=UTF-8''${encodeURIComponent(`会員一覧_${stamp}.csv`)}`,
      'cache-control': 'private, no-store',
    });
  });

  app.get('/staff/members/:businessCode/history', async (c) => {
    const member = await db.models.Member.findByPk(c.req.param('businessCode').slice(0, 4));
    if (!member) return c.notFound();
    const [administrators, timeline] = await Promise.all([currentAdministrators(db, member.businessCode), memberTimeline(db, member.businessCode)]);
    return c.html(<StaffMemberHistoryPage auth={c.get('staff')} member={member} administrators={administrators} timeline={timeline} workflowUrl={workflowUrl(member.businessCode)} />);
  });

  return app;
}
