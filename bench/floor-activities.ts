// The floor workflows' activities: they do nothing, so what a floor costs is Temporal's part alone.
// The link mail only tells the floor's applicant, in this process, that it has come: the real
// applicant waits for the link mail before its first step, and so must the floor's.
import { rendezvous } from './rendezvous';

const linkMails = rendezvous<void>();

/** Resolves once the floor workflow `workflowId` has sent its link mail. */
export function linkMailFor(workflowId: string): Promise<void> {
  return linkMails.wait(workflowId);
}

export const floorActivities = {
  async noop(): Promise<void> {},
  async linkMail(workflowId: string): Promise<void> {
    linkMails.arrive(workflowId, undefined);
  },
};

export type FloorActivities = typeof floorActivities;
