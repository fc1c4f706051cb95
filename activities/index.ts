// Every activity the worker registers, built from its dependencies (database, mailer, settings).
import { createAccountMailActivities } from './account-mail';
import type { ActivityDeps } from './deps';
import { createApplicationActivities } from './membership-application';
import { createReminderActivities } from './reminders';
import { createMemberActivities } from './members';
import { createChangeRequestActivities } from './change-requests';

export type { ActivityDeps };

export function createActivities(deps: ActivityDeps) {
  return {
    ...createApplicationActivities(deps),
    ...createAccountMailActivities(deps),
    ...createMemberActivities(deps),
    ...createChangeRequestActivities(deps),
    ...createReminderActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
