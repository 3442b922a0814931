import { and, count, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { SurveyForm } from '@mentorbro/core/survey';
import type { Executor } from '../../db/client';
import {
  menteeProfiles,
  mentorships,
  programmes,
  surveyAnswerPool,
  surveyAnswers,
  surveyDefinitions,
  surveyInvitations,
  users,
} from '../../db/schema';
import { rowsOf } from '../../db/rows';

export type InvitationRow = typeof surveyInvitations.$inferSelect;
export type DefinitionRow = typeof surveyDefinitions.$inferSelect;

const mentee = alias(users, 'mentee');
const mentor = alias(users, 'mentor');

/** The newest version a programme saved of a form, if it saved any. */
export async function findLatestDefinition(db: Executor, programmeId: string, form: SurveyForm) {
  const [row] = await db
    .select()
    .from(surveyDefinitions)
    .where(and(eq(surveyDefinitions.programmeId, programmeId), eq(surveyDefinitions.form, form)))
    .orderBy(desc(surveyDefinitions.version))
    .limit(1);
  return row;
}

export async function findDefinition(
  db: Executor,
  programmeId: string,
  form: SurveyForm,
  version: number,
) {
  const [row] = await db
    .select()
    .from(surveyDefinitions)
    .where(
      and(
        eq(surveyDefinitions.programmeId, programmeId),
        eq(surveyDefinitions.form, form),
        eq(surveyDefinitions.version, version),
      ),
    );
  return row;
}

export async function insertDefinition(db: Executor, row: typeof surveyDefinitions.$inferInsert) {
  await db.insert(surveyDefinitions).values(row);
}

/** Saving a version under this lock gives each save its own number. */
export async function lockProgramme(db: Executor, programmeId: string) {
  await db
    .select({ id: programmes.id })
    .from(programmes)
    .where(eq(programmes.id, programmeId))
    .for('update');
}

/** The mentee's region and both members, to offer the surveys of a mentorship. */
export async function mentorshipMembers(db: Executor, mentorshipId: string) {
  const [row] = await db
    .select({
      mentee: member(mentee),
      mentor: member(mentor),
      region: menteeProfiles.region,
    })
    .from(mentorships)
    .innerJoin(mentee, eq(mentee.id, mentorships.menteeId))
    .innerJoin(mentor, eq(mentor.id, mentorships.mentorId))
    .innerJoin(menteeProfiles, eq(menteeProfiles.userId, mentorships.menteeId))
    .where(eq(mentorships.id, mentorshipId));
  return row;
}

/** Inserts the invitations not made yet (one per mentorship and form); returns the new ones. */
export async function insertInvitations(
  db: Executor,
  rows: (typeof surveyInvitations.$inferInsert)[],
) {
  return db
    .insert(surveyInvitations)
    .values(rows)
    .onConflictDoNothing({ target: [surveyInvitations.mentorshipId, surveyInvitations.form] })
    .returning({ id: surveyInvitations.id, userId: surveyInvitations.userId });
}

const member = (user: typeof mentee | typeof mentor) => ({
  id: user.id,
  name: user.name,
  deletedAt: user.deletedAt,
});

/** Her invitations (or one of them), newest first, with both members, to name the other. */
export async function listInvitations(
  db: Executor,
  where: { userId: string; programmeId: string; id?: string },
) {
  return db
    .select({ invitation: surveyInvitations, mentee: member(mentee), mentor: member(mentor) })
    .from(surveyInvitations)
    .innerJoin(mentorships, eq(mentorships.id, surveyInvitations.mentorshipId))
    .innerJoin(mentee, eq(mentee.id, mentorships.menteeId))
    .innerJoin(mentor, eq(mentor.id, mentorships.mentorId))
    .where(
      and(
        eq(surveyInvitations.userId, where.userId),
        eq(surveyInvitations.programmeId, where.programmeId),
        where.id ? eq(surveyInvitations.id, where.id) : undefined,
      ),
    )
    .orderBy(desc(surveyInvitations.createdAt), desc(surveyInvitations.id))
    .limit(200);
}

/** One of her invitations, locked for a change. */
export async function findOwnInvitationForUpdate(db: Executor, userId: string, id: string) {
  const [row] = await db
    .select()
    .from(surveyInvitations)
    .where(and(eq(surveyInvitations.id, id), eq(surveyInvitations.userId, userId)))
    .for('update');
  return row;
}

/** The invitation a one-time token was given for, locked, so a token is spent only once. */
export async function findInvitationByTokenForUpdate(db: Executor, tokenHash: string) {
  const [row] = await db
    .select()
    .from(surveyInvitations)
    .where(eq(surveyInvitations.tokenHash, tokenHash))
    .for('update');
  return row;
}

export async function updateInvitation(
  db: Executor,
  id: string,
  values: Partial<Pick<InvitationRow, 'status' | 'answers' | 'tokenHash'>>,
) {
  await db.update(surveyInvitations).set(values).where(eq(surveyInvitations.id, id));
}

/** The start survey of a mentorship, with who may read it. */
export async function findStartInvitation(db: Executor, mentorshipId: string) {
  const [row] = await db
    .select({
      invitation: surveyInvitations,
      menteeId: mentorships.menteeId,
      mentorId: mentorships.mentorId,
    })
    .from(surveyInvitations)
    .innerJoin(mentorships, eq(mentorships.id, surveyInvitations.mentorshipId))
    .where(
      and(
        eq(surveyInvitations.mentorshipId, mentorshipId),
        eq(surveyInvitations.form, 'mentee_start'),
      ),
    );
  return row;
}

/**
 * Puts anonymous end answers in the pool, to wait for `moveSurveyPool`. The id is left to the
 * database (random), and nothing is read back: the caller must not learn it, or it could be tied
 * to the member who sent it.
 */
export async function insertAnonymousAnswers(
  db: Executor,
  row: Omit<typeof surveyAnswerPool.$inferInsert, 'id'>,
) {
  await db.insert(surveyAnswerPool).values(row);
}

/** The programmes whose pool holds at least `min` answers. */
export async function programmesWithPool(db: Executor, min: number) {
  const rows = await db
    .select({ programmeId: surveyAnswerPool.programmeId })
    .from(surveyAnswerPool)
    .groupBy(surveyAnswerPool.programmeId)
    .having(gte(count(), min));
  return rows.map((row) => row.programmeId);
}

/** Locks a programme's pooled answers; rows another worker holds are skipped, not waited for. */
export async function lockPool(db: Executor, programmeId: string) {
  const rows = await db
    .select({ id: surveyAnswerPool.id })
    .from(surveyAnswerPool)
    .where(eq(surveyAnswerPool.programmeId, programmeId))
    .for('update', { skipLocked: true });
  return rows.map((row) => row.id);
}

/**
 * Copies the locked pool rows to `survey_answers` in random order, each with a new random id,
 * then deletes them from the pool.
 */
export async function movePooled(db: Executor, ids: string[]) {
  await db.execute(sql`
    insert into ${surveyAnswers} (programme_id, form, version, month, region, answers)
    select programme_id, form, version, month, region, answers from ${surveyAnswerPool}
    where id = any(${sql.param(ids)}::uuid[])
    order by random()`);
  await db.delete(surveyAnswerPool).where(inArray(surveyAnswerPool.id, ids));
}

/**
 * Marks up to `limit` invitations due their one reminder (open, not reminded, offered at least
 * `days` ago, to a member who is not suspended) and returns them with the other member. Marking
 * and telling happen in the caller's transaction; `skip locked` lets several workers run.
 */
export async function markSurveysReminded(db: Executor, now: Date, days: number, limit: number) {
  return rowsOf<{
    id: string;
    programme_id: string;
    user_id: string;
    other_name: string;
    other_deleted: boolean;
  }>(
    await db.execute(sql`
      with due as (
        select i.id from survey_invitations i
        join users u on u.id = i.user_id
        where i.status = 'open' and not i.reminded and u.suspended_at is null
          and i.created_at <= ${now.toISOString()}::timestamptz - make_interval(days => ${days}::int)
        order by i.created_at
        limit ${limit}
        for update of i skip locked
      )
      update survey_invitations i set reminded = true
      from due, mentorships m, users o
      where i.id = due.id and m.id = i.mentorship_id
        and o.id = case when m.mentee_id = i.user_id then m.mentor_id else m.mentee_id end
      returning i.id, i.programme_id, i.user_id, o.name as other_name,
        o.deleted_at is not null as other_deleted`),
  );
}
