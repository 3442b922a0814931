import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { mentorLanguages, mentorProfiles, users } from '../../db/schema';

export type MentorProfileRow = typeof mentorProfiles.$inferSelect;
export type MentorProfileColumns = Omit<
  typeof mentorProfiles.$inferInsert,
  'userId' | 'status' | 'submittedAt' | 'rejectionReason' | 'reviewedAt' | 'reviewedBy'
>;
export type MentorLanguageRow = Pick<typeof mentorLanguages.$inferSelect, 'code' | 'level'>;

export interface MentorProfileRecord {
  row: MentorProfileRow;
  languages: MentorLanguageRow[];
}

export async function findMentorProfile(
  db: Executor,
  userId: string,
  options: { forUpdate?: boolean } = {},
): Promise<MentorProfileRecord | undefined> {
  const query = db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, userId));
  const [row] = await (options.forUpdate ? query.for('update') : query);
  if (!row) return undefined;
  return { row, languages: await findMentorLanguages(db, userId) };
}

export async function findMentorLanguages(
  db: Executor,
  userId: string,
): Promise<MentorLanguageRow[]> {
  return db
    .select({ code: mentorLanguages.code, level: mentorLanguages.level })
    .from(mentorLanguages)
    .where(eq(mentorLanguages.userId, userId))
    .orderBy(asc(mentorLanguages.position));
}

/**
 * A mentor as members may find her: approved, not suspended, in the viewer's programme.
 * One definition, so search (next) and the profile page cannot disagree.
 */
export function visibleMentor(programmeId: string) {
  return and(
    eq(users.role, 'mentor'),
    eq(users.programmeId, programmeId),
    isNull(users.suspendedAt),
    eq(mentorProfiles.status, 'approved'),
  );
}

/** Whether members can see her, without loading her profile (a report needs only that). */
export async function isVisibleMentor(
  db: Executor,
  mentorId: string,
  programmeId: string,
): Promise<boolean> {
  const [found] = await db
    .select({ id: mentorProfiles.userId })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(and(eq(mentorProfiles.userId, mentorId), visibleMentor(programmeId)))
    .limit(1);
  return found !== undefined;
}

export async function findVisibleMentor(
  db: Executor,
  mentorId: string,
  programmeId: string,
): Promise<{ name: string; lastActiveAt: Date | null; record: MentorProfileRecord } | undefined> {
  const [found] = await db
    .select({ name: users.name, lastActiveAt: users.lastActiveAt, row: mentorProfiles })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(and(eq(mentorProfiles.userId, mentorId), visibleMentor(programmeId)))
    .limit(1);
  if (!found) return undefined;
  return {
    name: found.name,
    lastActiveAt: found.lastActiveAt,
    record: { row: found.row, languages: await findMentorLanguages(db, mentorId) },
  };
}

export async function insertMentorProfile(
  db: Executor,
  values: typeof mentorProfiles.$inferInsert,
): Promise<void> {
  await db.insert(mentorProfiles).values(values);
}

export async function updateMentorProfile(
  db: Executor,
  userId: string,
  values: Partial<typeof mentorProfiles.$inferInsert>,
): Promise<void> {
  await db.update(mentorProfiles).set(values).where(eq(mentorProfiles.userId, userId));
}

export async function replaceMentorLanguages(
  db: Executor,
  userId: string,
  languages: readonly MentorLanguageRow[],
): Promise<void> {
  await db.delete(mentorLanguages).where(eq(mentorLanguages.userId, userId));
  if (languages.length === 0) return;
  await db
    .insert(mentorLanguages)
    .values(languages.map((language, position) => ({ userId, ...language, position })));
}
