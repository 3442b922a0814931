import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { matchRequests, menteeProfiles, mentorProfiles, programmes, users } from '../../db/schema';

export type MenteeProfileRow = typeof menteeProfiles.$inferSelect;

export async function findMenteeProfile(
  db: Executor,
  userId: string,
  options: { forUpdate?: boolean } = {},
): Promise<MenteeProfileRow | undefined> {
  const query = db.select().from(menteeProfiles).where(eq(menteeProfiles.userId, userId));
  const [row] = await (options.forUpdate ? query.for('update') : query);
  return row;
}

export async function insertMenteeProfile(
  db: Executor,
  values: typeof menteeProfiles.$inferInsert,
): Promise<void> {
  await db.insert(menteeProfiles).values(values);
}

export async function updateMenteeProfile(
  db: Executor,
  userId: string,
  values: Partial<typeof menteeProfiles.$inferInsert>,
): Promise<void> {
  await db.update(menteeProfiles).set(values).where(eq(menteeProfiles.userId, userId));
}

/**
 * The requests that let a mentor read a mentee's profile: one she has sent that is still
 * pending (not past her programme's days), or one that was accepted (they are getting to
 * know each other, or matched).
 */
const requestShowsHer = (now: Date) =>
  sql`(${matchRequests.status} = 'accepted' or (${matchRequests.status} = 'pending'
    and ${matchRequests.createdAt} > ${now.toISOString()}::timestamptz
      - make_interval(days => ${programmes.requestExpiryDays})))`;

/** A mentee with her profile, when this mentor may read it; undefined for anyone else. */
export async function findMenteeForMentor(
  db: Executor,
  menteeId: string,
  mentor: { id: string; programmeId: string },
  now: Date,
) {
  const [found] = await db
    .select({ name: users.name, row: menteeProfiles })
    .from(menteeProfiles)
    .innerJoin(users, eq(users.id, menteeProfiles.userId))
    .innerJoin(programmes, eq(programmes.id, users.programmeId))
    .innerJoin(
      matchRequests,
      and(
        eq(matchRequests.menteeId, menteeProfiles.userId),
        eq(matchRequests.mentorId, mentor.id),
        requestShowsHer(now),
      ),
    )
    // Only a mentor the coordinators approved reads a mentee's profile.
    .innerJoin(
      mentorProfiles,
      and(eq(mentorProfiles.userId, matchRequests.mentorId), eq(mentorProfiles.status, 'approved')),
    )
    .where(
      and(
        eq(menteeProfiles.userId, menteeId),
        eq(users.programmeId, mentor.programmeId),
        isNull(users.suspendedAt),
        eq(menteeProfiles.status, 'approved'),
      ),
    )
    .limit(1);
  return found;
}

/** Coordinators read every mentee of their programme, whatever her status. */
export async function findMenteeInProgramme(db: Executor, menteeId: string, programmeId: string) {
  const [found] = await db
    .select({ name: users.name, row: menteeProfiles })
    .from(menteeProfiles)
    .innerJoin(users, eq(users.id, menteeProfiles.userId))
    .where(and(eq(menteeProfiles.userId, menteeId), eq(users.programmeId, programmeId)))
    .limit(1);
  return found;
}
