import { and, count, desc, eq, gt, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RequestStatus } from '@mentorbro/core/states';
import type { Executor } from '../../db/client';
import { type EventExtras, notifyEvents } from '../notifications/event-notifications';
import {
  introductions,
  matchEvents,
  matchRequests,
  mentorProfiles,
  mentorships,
  users,
} from '../../db/schema';

export type RequestRow = typeof matchRequests.$inferSelect;
export type NewEvent = Omit<typeof matchEvents.$inferInsert, 'id'>;

const mentee = alias(users, 'mentee');
const mentor = alias(users, 'mentor');

/**
 * A pending request counts as expired once its programme's days have passed, whether or not
 * anything has marked it yet: `cutoff` is now minus those days.
 */
const stillPending = (cutoff: Date) =>
  and(eq(matchRequests.status, 'pending'), gt(matchRequests.createdAt, cutoff));

/** The rows of one status as of now; `expired` includes pending ones past the cutoff. */
function hasStatus(status: RequestStatus, cutoff: Date): SQL | undefined {
  if (status === 'pending') return stillPending(cutoff);
  if (status === 'expired') {
    return or(
      eq(matchRequests.status, 'expired'),
      and(eq(matchRequests.status, 'pending'), lte(matchRequests.createdAt, cutoff)),
    );
  }
  return eq(matchRequests.status, status);
}

/**
 * Requests with the names a view needs, newest first. The mentor's profile is joined loosely:
 * a mentor who deleted her account has none, and her requests stay in the mentee's list.
 */
export async function listRequests(
  db: Executor,
  where: { menteeId?: string; mentorId?: string; id?: string; programmeId: string },
  status: RequestStatus | undefined,
  cutoff: Date,
) {
  return db
    .select({
      request: matchRequests,
      menteeName: mentee.name,
      menteeDeletedAt: mentee.deletedAt,
      mentorName: mentor.name,
      mentorDeletedAt: mentor.deletedAt,
      headline: mentorProfiles.headline,
      introductionId: introductions.id,
    })
    .from(matchRequests)
    .innerJoin(mentee, eq(mentee.id, matchRequests.menteeId))
    .innerJoin(mentor, eq(mentor.id, matchRequests.mentorId))
    .leftJoin(mentorProfiles, eq(mentorProfiles.userId, matchRequests.mentorId))
    .leftJoin(introductions, eq(introductions.requestId, matchRequests.id))
    .where(
      and(
        eq(matchRequests.programmeId, where.programmeId),
        where.menteeId ? eq(matchRequests.menteeId, where.menteeId) : undefined,
        where.mentorId ? eq(matchRequests.mentorId, where.mentorId) : undefined,
        where.id ? eq(matchRequests.id, where.id) : undefined,
        status ? hasStatus(status, cutoff) : undefined,
      ),
    )
    .orderBy(desc(matchRequests.createdAt), desc(matchRequests.id))
    .limit(200);
}

export async function findRequest(db: Executor, id: string) {
  const [row] = await db.select().from(matchRequests).where(eq(matchRequests.id, id));
  return row;
}

export async function findRequestForUpdate(db: Executor, id: string) {
  const [row] = await db.select().from(matchRequests).where(eq(matchRequests.id, id)).for('update');
  return row;
}

/** Marks her pending requests past the cutoff expired, as a job would have; returns them. */
export async function expireOld(db: Executor, menteeId: string, cutoff: Date, now: Date) {
  return db
    .update(matchRequests)
    .set({ status: 'expired', answeredAt: now })
    .where(
      and(
        eq(matchRequests.menteeId, menteeId),
        eq(matchRequests.status, 'pending'),
        lte(matchRequests.createdAt, cutoff),
      ),
    )
    .returning();
}

/** What a new request must not collide with, counted in one statement. */
export async function requestBlockers(
  db: Executor,
  ids: { menteeId: string; mentorId: string },
  cutoff: Date,
  declinedSince: Date,
) {
  const [row] = await db
    .select({
      open: count(sql`1`).mapWith(Number),
      toThisMentor: count(
        sql`case when ${matchRequests.mentorId} = ${ids.mentorId} then 1 end`,
      ).mapWith(Number),
    })
    .from(matchRequests)
    .where(and(eq(matchRequests.menteeId, ids.menteeId), stillPending(cutoff)));
  const [declined] = await db
    .select({ id: matchRequests.id })
    .from(matchRequests)
    .where(
      and(
        eq(matchRequests.menteeId, ids.menteeId),
        eq(matchRequests.mentorId, ids.mentorId),
        eq(matchRequests.status, 'declined'),
        gt(matchRequests.answeredAt, declinedSince),
      ),
    )
    .limit(1);
  return {
    open: row?.open ?? 0,
    toThisMentor: (row?.toThisMentor ?? 0) > 0,
    recentlyDeclined: declined !== undefined,
  };
}

/** Whether she is in an active mentorship that rules out another (parallel ones not allowed). */
export async function isMatched(db: Executor, menteeId: string): Promise<boolean> {
  const [active] = await db
    .select({ id: mentorships.id })
    .from(mentorships)
    .where(
      and(
        eq(mentorships.menteeId, menteeId),
        eq(mentorships.status, 'active'),
        eq(mentorships.exclusive, true),
      ),
    )
    .limit(1);
  return active !== undefined;
}

/** Her introductions still open in the table (some may be past their days: lapsed). */
export async function openIntroductions(db: Executor, menteeId: string) {
  return db
    .select({
      id: introductions.id,
      mentorId: introductions.mentorId,
      openedAt: introductions.openedAt,
    })
    .from(introductions)
    .where(and(eq(introductions.menteeId, menteeId), eq(introductions.status, 'open')));
}

/** Marks an introduction nobody answered in time as lapsed, as a job would have. */
export async function lapseIntroduction(db: Executor, id: string, now: Date) {
  await db
    .update(introductions)
    .set({ status: 'lapsed', closedAt: now })
    .where(and(eq(introductions.id, id), eq(introductions.status, 'open')));
}

export async function insertRequest(db: Executor, row: typeof matchRequests.$inferInsert) {
  const [created] = await db.insert(matchRequests).values(row).returning();
  if (!created) throw new Error('The request was not written');
  return created;
}

export async function updateRequest(
  db: Executor,
  id: string,
  values: Partial<typeof matchRequests.$inferInsert>,
) {
  const [row] = await db
    .update(matchRequests)
    .set(values)
    .where(eq(matchRequests.id, id))
    .returning();
  if (!row) throw new Error(`Request ${id} disappeared`);
  return row;
}

/** Her other pending requests, withdrawn because a mentor accepted one. */
export async function withdrawOthers(db: Executor, menteeId: string, keep: string, now: Date) {
  return db
    .update(matchRequests)
    .set({ status: 'withdrawn', answeredAt: now, withdrawnAutomatically: true })
    .where(
      and(
        eq(matchRequests.menteeId, menteeId),
        eq(matchRequests.status, 'pending'),
        ne(matchRequests.id, keep),
      ),
    )
    .returning();
}

/** Records what happened and tells the members concerned, in the caller's transaction. */
export async function recordEvents(
  db: Executor,
  events: NewEvent[],
  extras?: EventExtras,
): Promise<void> {
  if (events.length === 0) return;
  await db.insert(matchEvents).values(events);
  await notifyEvents(db, events, extras);
}

/** Her mentor profile, locked: the seat count changes only under this lock. */
export async function lockMentorSeats(db: Executor, mentorId: string) {
  const [row] = await db
    .select({
      status: mentorProfiles.status,
      paused: mentorProfiles.paused,
      capacity: mentorProfiles.capacity,
      seatsTaken: mentorProfiles.seatsTaken,
      meetingsPerMonth: mentorProfiles.meetingsPerMonth,
    })
    .from(mentorProfiles)
    .where(eq(mentorProfiles.userId, mentorId))
    .for('update');
  return row;
}

export async function changeSeats(db: Executor, mentorId: string, by: 1 | -1): Promise<void> {
  await db
    .update(mentorProfiles)
    .set({ seatsTaken: sql`greatest(${mentorProfiles.seatsTaken} + ${by}, 0)` })
    .where(eq(mentorProfiles.userId, mentorId));
}
