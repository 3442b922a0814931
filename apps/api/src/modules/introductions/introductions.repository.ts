import { and, desc, eq, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { introductions, mentorships, users } from '../../db/schema';

export type IntroductionRow = typeof introductions.$inferSelect;

const mentee = alias(users, 'mentee');
const mentor = alias(users, 'mentor');

export async function insertIntroduction(db: Executor, row: typeof introductions.$inferInsert) {
  const [created] = await db.insert(introductions).values(row).returning();
  if (!created) throw new Error('The introduction was not written');
  return created;
}

/** Introductions with the two members' names and emails, newest first. */
export async function listIntroductions(
  db: Executor,
  where: { programmeId: string; memberId?: string; id?: string },
) {
  return db
    .select({
      introduction: introductions,
      menteeName: mentee.name,
      menteeEmail: mentee.email,
      menteeDeletedAt: mentee.deletedAt,
      mentorName: mentor.name,
      mentorEmail: mentor.email,
      mentorDeletedAt: mentor.deletedAt,
      mentorshipId: mentorships.id,
    })
    .from(introductions)
    .innerJoin(mentee, eq(mentee.id, introductions.menteeId))
    .innerJoin(mentor, eq(mentor.id, introductions.mentorId))
    .leftJoin(mentorships, eq(mentorships.introductionId, introductions.id))
    .where(
      and(
        eq(introductions.programmeId, where.programmeId),
        where.memberId
          ? or(
              eq(introductions.menteeId, where.memberId),
              eq(introductions.mentorId, where.memberId),
            )
          : undefined,
        where.id ? eq(introductions.id, where.id) : undefined,
      ),
    )
    .orderBy(desc(introductions.openedAt), desc(introductions.id))
    .limit(100);
}

export async function findIntroductionForUpdate(db: Executor, id: string) {
  const [row] = await db.select().from(introductions).where(eq(introductions.id, id)).for('update');
  return row;
}

export async function findIntroduction(db: Executor, id: string) {
  const [row] = await db.select().from(introductions).where(eq(introductions.id, id));
  return row;
}

export async function updateIntroduction(
  db: Executor,
  id: string,
  values: Partial<typeof introductions.$inferInsert>,
) {
  const [row] = await db
    .update(introductions)
    .set(values)
    .where(eq(introductions.id, id))
    .returning();
  if (!row) throw new Error(`Introduction ${id} disappeared`);
  return row;
}

export async function insertMentorship(db: Executor, row: typeof mentorships.$inferInsert) {
  const [created] = await db.insert(mentorships).values(row).returning();
  if (!created) throw new Error('The mentorship was not written');
  return created;
}
