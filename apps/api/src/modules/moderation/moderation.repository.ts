import { and, asc, eq, inArray, isNotNull, isNull, or } from 'drizzle-orm';
import type { ProfileStatus } from '@mentorbro/core/profile';
import type { Executor } from '../../db/client';
import { menteeProfiles, mentorLanguages, mentorProfiles, users } from '../../db/schema';
import type { MentorLanguageRow } from '../profiles/mentor-profiles.repository';

/** The queue's page size: a coordinator works through it, oldest first. */
const QUEUE_LIMIT = 200;

/** Pending mentors, and approved mentors whose changed words wait, when asked for pending. */
function mentorsWith(status: ProfileStatus) {
  const byStatus = eq(mentorProfiles.status, status);
  return status === 'pending'
    ? or(
        byStatus,
        and(eq(mentorProfiles.status, 'approved'), isNotNull(mentorProfiles.pendingChanges)),
      )
    : byStatus;
}

export async function listMentorsForReview(
  db: Executor,
  programmeId: string,
  status: ProfileStatus,
) {
  const rows = await db
    .select({ name: users.name, row: mentorProfiles })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(and(eq(users.programmeId, programmeId), isNull(users.suspendedAt), mentorsWith(status)))
    .orderBy(asc(mentorProfiles.submittedAt))
    .limit(QUEUE_LIMIT);
  const languages = await languagesOf(
    db,
    rows.map((entry) => entry.row.userId),
  );
  return rows.map((entry) => ({ ...entry, languages: languages.get(entry.row.userId) ?? [] }));
}

export async function listMenteesForReview(
  db: Executor,
  programmeId: string,
  status: ProfileStatus,
) {
  return db
    .select({ name: users.name, row: menteeProfiles })
    .from(menteeProfiles)
    .innerJoin(users, eq(users.id, menteeProfiles.userId))
    .where(
      and(
        eq(users.programmeId, programmeId),
        isNull(users.suspendedAt),
        eq(menteeProfiles.status, status),
      ),
    )
    .orderBy(asc(menteeProfiles.submittedAt))
    .limit(QUEUE_LIMIT);
}

/** One query for the languages of every mentor on the page. */
async function languagesOf(db: Executor, userIds: string[]) {
  const byUser = new Map<string, MentorLanguageRow[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db
    .select()
    .from(mentorLanguages)
    .where(inArray(mentorLanguages.userId, userIds))
    .orderBy(asc(mentorLanguages.userId), asc(mentorLanguages.position));
  for (const row of rows) {
    byUser.set(row.userId, [
      ...(byUser.get(row.userId) ?? []),
      { code: row.code, level: row.level },
    ]);
  }
  return byUser;
}
