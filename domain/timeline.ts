// One line of a timeline (加入申請, member requests): when, what, by whom, and the reason or detail.
export type TimelineActor = 'applicant' | 'staff' | 'system';

export interface TimelineEntry {
  at: Date;
  what: string;
  actor: TimelineActor;
  /** Who exactly: a user of the member, or a staff login id (shown to staff only). */
  actorName?: string;
  detail?: string;
}

/** An actor as recorded by requests and the audit trail: `user:<ユーザID …>` or `staff:<ログインID>`. */
export function recordedActor(actor: string): Pick<TimelineEntry, 'actor' | 'actorName'> {
  if (actor.startsWith('staff:')) return { actor: 'staff', actorName: actor.slice(6) };
  if (actor.startsWith('user:')) return { actor: 'applicant', actorName: actor.slice(5) };
  return { actor: 'system', actorName: actor };
}

export function byTime(entries: TimelineEntry[]): TimelineEntry[] {
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}
