// Every activity the worker registers, built from its dependencies (database, mailer, settings).
import { createAccountMailActivities } from './account-mail';
import { createApplicationActivities, type ApplicationActivityDeps } from './membership-application';
import { createMemberActivities } from './members';
import { createChangeRequestActivities } from './change-requests';

export type ActivityDeps = ApplicationActivityDeps;

export function createActivities(deps: ActivityDeps) {
  return {
    ...createApplicationActivities(deps),
    ...createAccountMailActivities(deps),
    ...createMemberActivities(deps),
    ...createChangeRequestActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
