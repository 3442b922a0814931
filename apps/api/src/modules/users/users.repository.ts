import { and, desc, eq, ilike, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { menteeProfiles, mentorProfiles, users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Emails are compared trimmed and lower-cased, the way they are stored. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A living account: a deleted one is a miss, so her access tokens, refresh tokens and every
 * lookup by id die with her the moment the erasure commits.
 */
export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  // A malformed id in a forged token must be a miss, not a database error.
  if (!UUID.test(id)) return undefined;
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), isNull(users.deletedAt)))
    .limit(1);
  return row;
}

/** Coordinators reach only the living members of their own programme. */
export async function findUserInProgramme(
  db: Executor,
  id: string,
  programmeId: string,
): Promise<UserRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.programmeId, programmeId), isNull(users.deletedAt)))
    .limit(1);
  return row;
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .limit(1);
  return row;
}

/** Inserts a user unless the email is taken; returns undefined when it is. */
export async function insertUser(db: Executor, user: NewUser): Promise<UserRow | undefined> {
  const [row] = await db
    .insert(users)
    .values({ ...user, email: normaliseEmail(user.email) })
    .onConflictDoNothing({ target: users.email })
    .returning();
  return row;
}

/** Bulk insert for demo data: rows whose email is taken are skipped. */
export async function insertUsersIgnoringTaken(db: Executor, rows: NewUser[]): Promise<void> {
  await db
    .insert(users)
    .values(rows.map((row) => ({ ...row, email: normaliseEmail(row.email) })))
    .onConflictDoNothing({ target: users.email });
}

export async function countUsers(db: Executor): Promise<number> {
  return db.$count(users);
}

/** `%` and `_` in what she typed are letters, not wildcards. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * Members and coordinators of a programme by name or email, newest first, with profile status.
 * Deleted accounts are left out: there is nobody left to find or act on.
 */
export async function searchUsers(
  db: Executor,
  programmeId: string,
  q: string,
  limit: number,
  id?: string,
) {
  const pattern = likePattern(q.trim());
  return db
    .select({
      user: users,
      mentorStatus: mentorProfiles.status,
      menteeStatus: menteeProfiles.status,
    })
    .from(users)
    .leftJoin(mentorProfiles, eq(mentorProfiles.userId, users.id))
    .leftJoin(menteeProfiles, eq(menteeProfiles.userId, users.id))
    .where(
      and(
        eq(users.programmeId, programmeId),
        isNull(users.deletedAt),
        id === undefined ? undefined : eq(users.id, id),
        q.trim() === '' ? undefined : or(ilike(users.name, pattern), ilike(users.email, pattern)),
      ),
    )
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(limit);
}

export async function setSuspension(
  db: Executor,
  id: string,
  suspension: { at: Date; reason: string } | null,
  now: Date,
): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({
      suspendedAt: suspension?.at ?? null,
      suspensionReason: suspension?.reason ?? null,
      updatedAt: now,
    })
    .where(eq(users.id, id))
    .returning();
  if (!row) throw new Error(`User ${id} disappeared during a suspension`);
  return row;
}

/**
 * Her row, locked for a move she or others make on her account: every move takes it first, so
 * two of them wait in turn. Undefined once she is deleted (a move that began before her erasure
 * committed must not write for her after it). NO KEY UPDATE, not UPDATE: a notice inserted for
 * her meanwhile only takes KEY SHARE for its foreign key, and must not deadlock with it.
 */
export async function findUserForUpdate(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), isNull(users.deletedAt)))
    .for('no key update');
  return row;
}

/** Her row, deleted or not, locked against everything: erasure changes her email, a key. */
export async function findUserForErasure(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).for('update');
  return row;
}

/** Her own choices: the language of the app and her emails, and the optional emails. */
export async function updateSettings(
  db: Executor,
  id: string,
  settings: Partial<Pick<UserRow, 'locale' | 'emailTips'>>,
  now: Date,
): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({ ...settings, updatedAt: now })
    .where(eq(users.id, id))
    .returning();
  if (!row) throw new Error(`User ${id} disappeared during an update`);
  return row;
}
