import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import {
  introductions,
  matchRequests,
  meetingLogs,
  menteeProfiles,
  mentorProfiles,
  mentorships,
  notifications,
  refreshTokens,
  surveyInvitations,
  users,
} from '../../db/schema';

/**
 * The writes of an erasure, each in the caller's transaction (privacy-erase.ts runs them in
 * order). Reads that lock take rows in id order, as the other moves do.
 */

/** An erased account's name. Members never see it (views show `deleted: true`); coordinators' audit and reports do. */
export const DELETED_NAME = 'Deleted user';
/** Not an argon2 hash: verify() fails on it, so no password ever matches. */
const UNUSABLE_HASH = '!erased';
/** Her contact share, emptied: the other member's view shows no address or phone of hers. */
const NOTHING_SHARED = { email: false };

/** The programme's living coordinators, locked in id order: two leaving at once wait in turn. */
export async function lockCoordinators(db: Executor, programmeId: string): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(eq(users.programmeId, programmeId), eq(users.role, 'admin'), isNull(users.deletedAt)),
    )
    .orderBy(asc(users.id))
    .for('update');
  return rows.map((row) => row.id);
}

/** A row between a mentee and a mentor: a request, an introduction, a mentorship. */
export interface Pair {
  menteeId: AnyPgColumn;
  mentorId: AnyPgColumn;
}

const hers = (userId: string, columns: Pair) =>
  or(eq(columns.menteeId, userId), eq(columns.mentorId, userId));

export async function lockActiveMentorships(db: Executor, userId: string) {
  return db
    .select()
    .from(mentorships)
    .where(and(hers(userId, mentorships), eq(mentorships.status, 'active')))
    .orderBy(asc(mentorships.id))
    .for('update');
}

export async function openIntroductionsOf(db: Executor, userId: string, lock = false) {
  const query = db
    .select()
    .from(introductions)
    .where(and(hers(userId, introductions), eq(introductions.status, 'open')))
    .orderBy(asc(introductions.id));
  return lock ? query.for('update') : query;
}

export async function lockPendingRequests(db: Executor, userId: string) {
  return db
    .select()
    .from(matchRequests)
    .where(and(hers(userId, matchRequests), eq(matchRequests.status, 'pending')))
    .orderBy(asc(matchRequests.id))
    .for('update');
}

/**
 * Blanks what she wrote that may hold personal data, in the records the other member keeps:
 * - her request messages ('' — the check allows it for this) and the contact she shared;
 * - as a mentor, her own words when she declined;
 * - her contact share and "not a match" note in introductions;
 * - the notes and next steps of meeting logs she wrote (date, length and topics stay: they are
 *   the other member's record of their meetings too);
 * - her note when she ended a mentorship.
 */
export async function blankHerWords(db: Executor, userId: string): Promise<void> {
  await db
    .update(matchRequests)
    .set({ message: '', menteeContact: NOTHING_SHARED })
    .where(eq(matchRequests.menteeId, userId));
  await db
    .update(matchRequests)
    .set({ declineMessage: null })
    .where(eq(matchRequests.mentorId, userId));
  await db
    .update(introductions)
    .set({
      menteeContact: NOTHING_SHARED,
      declineNote: sql`case when ${introductions.menteeAnswer} = 'not_a_match' then null
        else ${introductions.declineNote} end`,
    })
    .where(eq(introductions.menteeId, userId));
  await db
    .update(introductions)
    .set({
      mentorContact: NOTHING_SHARED,
      declineNote: sql`case when ${introductions.mentorAnswer} = 'not_a_match' then null
        else ${introductions.declineNote} end`,
    })
    .where(eq(introductions.mentorId, userId));
  await db
    .update(meetingLogs)
    .set({ notes: null, nextSteps: null })
    .where(eq(meetingLogs.authorId, userId));
  await db.update(mentorships).set({ endNote: null }).where(eq(mentorships.endedBy, userId));
}

/**
 * Deletes what is hers alone: her profile (languages and facet bits follow by cascade and
 * trigger), her notifications (their emails, sent or not, by cascade), her surveys (start
 * answers included; anonymous end answers are not linked and stay) and her sessions.
 */
export async function deleteHerRows(db: Executor, userId: string): Promise<void> {
  await db.delete(mentorProfiles).where(eq(mentorProfiles.userId, userId));
  await db.delete(menteeProfiles).where(eq(menteeProfiles.userId, userId));
  await db.delete(notifications).where(eq(notifications.userId, userId));
  await db.delete(surveyInvitations).where(eq(surveyInvitations.userId, userId));
  await db.delete(refreshTokens).where(eq(refreshTokens.userId, userId));
}

/**
 * The row stays for the keys of the other member's records; everything in it that was about
 * her goes. The placeholder address is unique (her id) and unusable (`.invalid`), so her own
 * address is free to register again, as a new person.
 */
export async function anonymiseUser(db: Executor, userId: string, now: Date): Promise<void> {
  await db
    .update(users)
    .set({
      email: `deleted-${userId}@deleted.invalid`,
      name: DELETED_NAME,
      passwordHash: UNUSABLE_HASH,
      womanDeclaredAt: null,
      suspendedAt: null,
      suspensionReason: null,
      emailTips: false,
      lastActiveAt: null,
      failedLogins: 0,
      lastFailedLoginAt: null,
      loginLockedUntil: null,
      deletedAt: now,
      updatedAt: now,
    })
    .where(eq(users.id, userId));
}
