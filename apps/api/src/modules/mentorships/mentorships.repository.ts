import { and, desc, eq, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { MentorshipStatus } from '@mentorbro/core/states';
import type { Executor } from '../../db/client';
import { meetingLogs, mentorships, programmes, users } from '../../db/schema';

export type MentorshipRow = typeof mentorships.$inferSelect;
export type MeetingLogRow = typeof meetingLogs.$inferSelect;

const mentee = alias(users, 'mentee');
const mentor = alias(users, 'mentor');

const lastLog = sql<string | null>`(select max(l.date)::text from meeting_logs l
  where l.mentorship_id = ${mentorships.id})`;

/**
 * Mentorships with the members' names and the last meeting logged, newest first.
 * `quietSince`: only active ones with no meeting logged since that day (nor started since).
 */
export async function listMentorships(
  db: Executor,
  where: {
    programmeId: string;
    memberId?: string;
    id?: string;
    status?: MentorshipStatus;
    quietSince?: string;
  },
) {
  return db
    .select({
      mentorship: mentorships,
      menteeName: mentee.name,
      menteeDeletedAt: mentee.deletedAt,
      mentorName: mentor.name,
      mentorDeletedAt: mentor.deletedAt,
      lastLogDate: lastLog,
      quietDays: programmes.quietDays,
    })
    .from(mentorships)
    .innerJoin(programmes, eq(programmes.id, mentorships.programmeId))
    .innerJoin(mentee, eq(mentee.id, mentorships.menteeId))
    .innerJoin(mentor, eq(mentor.id, mentorships.mentorId))
    .where(
      and(
        eq(mentorships.programmeId, where.programmeId),
        where.memberId
          ? or(eq(mentorships.menteeId, where.memberId), eq(mentorships.mentorId, where.memberId))
          : undefined,
        where.id ? eq(mentorships.id, where.id) : undefined,
        where.status ? eq(mentorships.status, where.status) : undefined,
        where.quietSince
          ? and(
              eq(mentorships.status, 'active'),
              sql`${mentorships.startDate} < ${where.quietSince}::date`,
              sql`not exists (select 1 from meeting_logs l
                where l.mentorship_id = ${mentorships.id} and l.date >= ${where.quietSince}::date)`,
            )
          : undefined,
      ),
    )
    .orderBy(desc(mentorships.startDate), desc(mentorships.id))
    .limit(200);
}

export async function findMentorshipForUpdate(db: Executor, id: string) {
  const [row] = await db.select().from(mentorships).where(eq(mentorships.id, id)).for('update');
  return row;
}

export async function updateMentorship(
  db: Executor,
  id: string,
  values: Partial<typeof mentorships.$inferInsert>,
) {
  const [row] = await db.update(mentorships).set(values).where(eq(mentorships.id, id)).returning();
  if (!row) throw new Error(`Mentorship ${id} disappeared`);
  return row;
}

export async function listLogs(db: Executor, mentorshipId: string) {
  return db
    .select()
    .from(meetingLogs)
    .where(eq(meetingLogs.mentorshipId, mentorshipId))
    .orderBy(desc(meetingLogs.date), desc(meetingLogs.createdAt));
}

export async function insertLog(db: Executor, row: typeof meetingLogs.$inferInsert) {
  const [created] = await db.insert(meetingLogs).values(row).returning();
  if (!created) throw new Error('The meeting log was not written');
  return created;
}

export async function findLog(db: Executor, mentorshipId: string, id: string) {
  const [row] = await db
    .select()
    .from(meetingLogs)
    .where(and(eq(meetingLogs.id, id), eq(meetingLogs.mentorshipId, mentorshipId)));
  return row;
}

export async function updateLog(
  db: Executor,
  id: string,
  values: Partial<typeof meetingLogs.$inferInsert>,
) {
  const [row] = await db.update(meetingLogs).set(values).where(eq(meetingLogs.id, id)).returning();
  if (!row) throw new Error(`Meeting log ${id} disappeared`);
  return row;
}
