// Applies pending migrations (umzug, recorded in PostgreSQL). Run once per deployment step:
// by `npm start`, by the test setup, and by the `migrate` service in docker-compose.yml.
import { Umzug, SequelizeStorage } from 'umzug';
import type { Sequelize } from 'sequelize';
import * as initial from './migrations/0001-initial';
import * as membersUsers from './migrations/0002-members-users';
import * as auth from './migrations/0003-auth';
import * as joining from './migrations/0004-joining';
import * as memberChanges from './migrations/0005-member-changes';
import * as attachments from './migrations/0006-attachments';
import * as memberSearch from './migrations/0007-member-search';
import * as searchIndexWithoutPendingList from './migrations/0008-search-index-without-pending-list';
import * as staffQueueOrderIndexes from './migrations/0009-staff-queue-order-indexes';
import * as memberSessionStampsFunction from './migrations/0010-member-session-stamps-function';
import * as joinLinkLimitIndex from './migrations/0011-join-link-limit-index';
import * as userIdCaseInsensitive from './migrations/0012-user-id-case-insensitive';
import * as actorColumns from './migrations/0013-actor-columns';
import * as userRegistrationForm from './migrations/0014-user-registration-form';
import * as joinLinkLimitMailbox from './migrations/0015-join-link-limit-mailbox';
import * as endedSessions from './migrations/0016-ended-sessions';
import * as memberKanaSearch from './migrations/0017-member-kana-search';
import * as applicationDeadline from './migrations/0018-application-deadline';
import * as memberStatusCounts from './migrations/0019-member-status-counts';

const MIGRATIONS = [
  { name: '0001-initial', ...initial },
  { name: '0002-members-users', ...membersUsers },
  { name: '0003-auth', ...auth },
  { name: '0004-joining', ...joining },
  { name: '0005-member-changes', ...memberChanges },
  { name: '0006-attachments', ...attachments },
  { name: '0007-member-search', ...memberSearch },
  { name: '0008-search-index-without-pending-list', ...searchIndexWithoutPendingList },
  { name: '0009-staff-queue-order-indexes', ...staffQueueOrderIndexes },
  { name: '0010-member-session-stamps-function', ...memberSessionStampsFunction },
  { name: '0011-join-link-limit-index', ...joinLinkLimitIndex },
  { name: '0012-user-id-case-insensitive', ...userIdCaseInsensitive },
  { name: '0013-actor-columns', ...actorColumns },
  { name: '0014-user-registration-form', ...userRegistrationForm },
  { name: '0015-join-link-limit-mailbox', ...joinLinkLimitMailbox },
  { name: '0016-ended-sessions', ...endedSessions },
  { name: '0017-member-kana-search', ...memberKanaSearch },
  { name: '0018-application-deadline', ...applicationDeadline },
  { name: '0019-member-status-counts', ...memberStatusCounts },
];

export async function migrate(sequelize: Sequelize): Promise<string[]> {
  const umzug = new Umzug({
    migrations: MIGRATIONS,
    context: sequelize.getQueryInterface(),
    storage: new SequelizeStorage({ sequelize, tableName: 'schema_migrations' }),
    logger: undefined,
  });
  const applied = await umzug.up();
  return applied.map((m) => m.name);
}
