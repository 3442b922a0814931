import type { MeetingLog, Mentorship } from '@mentorbro/core/mentorship';

/**
 * A mentorship seen by someone: one of its two members (who she is, who the other is), or a
 * coordinator who follows up and may read, and end it, but not write in it.
 */
export type Perspective =
  | { role: 'mentee' | 'mentor'; me: Mentorship['mentee']; other: Mentorship['mentee'] }
  | { role: 'coordinator' };

export function perspective(mentorship: Mentorship, userId: string): Perspective {
  if (mentorship.mentee.id === userId) {
    return { role: 'mentee', me: mentorship.mentee, other: mentorship.mentor };
  }
  if (mentorship.mentor.id === userId) {
    return { role: 'mentor', me: mentorship.mentor, other: mentorship.mentee };
  }
  return { role: 'coordinator' };
}

/** Where a change of the planned end stands, from her side. */
export type Proposal =
  | { state: 'none' }
  | { state: 'mine'; date: string }
  | { state: 'theirs'; date: string; by: Mentorship['mentee'] };

export function proposal(mentorship: Mentorship, userId: string): Proposal {
  const proposed = mentorship.proposedEnd;
  if (!proposed) return { state: 'none' };
  if (proposed.byId === userId) return { state: 'mine', date: proposed.date };
  const by = proposed.byId === mentorship.mentee.id ? mentorship.mentee : mentorship.mentor;
  return { state: 'theirs', date: proposed.date, by };
}

/** The author may change a log while the API says so (`editableUntil` is set only for her). */
export function canEdit(log: MeetingLog, now: Date = new Date()): boolean {
  return log.editableUntil !== null && now < new Date(log.editableUntil);
}

/** Newest meeting first; of two on the same day, the one written last. */
export function newestFirst(logs: readonly MeetingLog[]): MeetingLog[] {
  return [...logs].sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
}

/** Today as YYYY-MM-DD on her own calendar (not UTC: just after midnight it is already today). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Who wrote a log (usePersonName says her name, or that her account is deleted). */
export function logAuthor(mentorship: Mentorship, log: MeetingLog): Mentorship['mentee'] | null {
  if (log.authorId === mentorship.mentee.id) return mentorship.mentee;
  if (log.authorId === mentorship.mentor.id) return mentorship.mentor;
  return null;
}

/** A day (YYYY-MM-DD) as a moment in its middle, so no time zone shows it as the day before. */
export const noon = (day: string) => `${day}T12:00:00`;
