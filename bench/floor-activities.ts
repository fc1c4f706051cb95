// The floor workflows' activities: they do nothing, so what a floor costs is Temporal's part alone.
// The link mail only tells the floor's applicant, in this process, that it has come: the real
// applicant waits for the link mail before its first step, and so must the floor's.
const waiting = new Map<string, () => void>();
/** Link mails sent before their applicant asked for them, by workflow ID. */
const arrived = new Set<string>();

/** Resolves once the floor workflow `workflowId` has sent its link mail. */
export function linkMailFor(workflowId: string): Promise<void> {
  if (arrived.delete(workflowId)) return Promise.resolve();
  return new Promise((resolve) => waiting.set(workflowId, resolve));
}

export const floorActivities = {
  async noop(): Promise<void> {},
  async linkMail(workflowId: string): Promise<void> {
    const applicant = waiting.get(workflowId);
    if (!applicant) {
      arrived.add(workflowId);
      return;
    }
    waiting.delete(workflowId);
    applicant();
  },
};

export type FloorActivities = typeof floorActivities;
