// What the HTTP app is built from; tests build it with the same real services.
import type { Client } from '@temporalio/client';
import type { Config } from '../config';
import type { Logger } from '../config/logger';
import type { Database } from '../db/database';
import type { Member } from '../db/models/member';
import type { StaffUser } from '../db/models/staff-user';
import type { User } from '../db/models/user';

export interface AppDeps {
  config: Config;
  db: Database;
  temporal: Client;
  logger: Logger;
}

/** The logged-in member's user, set by requireMember. */
export interface MemberAuth {
  user: User;
  member: Member;
  sessionToken: string;
  /** The member session's stamp (db/repositories/member-session-stamp): changes with the data. */
  stamp: string;
}

/** The logged-in staff account, set by requireStaff. */
export interface StaffAuth {
  staff: StaffUser;
  sessionToken: string;
}

export interface AppEnv {
  Variables: { log: Logger; requestId: string; member: MemberAuth; staff: StaffAuth };
}
