import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Emails are compared trimmed and lower-cased, the way they are stored. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  // A malformed id in a forged token must be a miss, not a database error.
  if (!UUID.test(id)) return undefined;
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

/** Coordinators reach only the members of their own programme. */
export async function findUserInProgramme(
  db: Executor,
  id: string,
  programmeId: string,
): Promise<UserRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), eq(users.programmeId, programmeId)))
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
