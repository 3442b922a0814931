import { getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';
import { rowsOf } from '../db/rows';
import { menteeProfiles, mentorLanguages, mentorProfiles, users } from '../db/schema';
import type { NewUser } from '../modules/users/users.repository';
import type { MenteeProfileRow, MentorLanguageRow, MentorProfileRow } from './demo-rows';

/**
 * One statement per table and batch, with the whole batch as a single JSON parameter that
 * PostgreSQL unpacks into the table's row type. A plain multi-row VALUES with 30,000 bound
 * parameters spends most of its time building and binding them; this loads the demo
 * several times faster on PGlite. Columns left out of the rows take their defaults.
 */
async function insertJson<T extends PgTable>(
  db: Executor,
  table: T,
  rows: readonly T['$inferInsert'][],
  tail: SQL = sql``,
) {
  const columns = getTableColumns(table);
  const keys = new Set<string>();
  for (const row of rows) for (const key in row) keys.add(key);
  const names = [...keys].map((key) => {
    const column = columns[key];
    if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
    // The names drizzle gives them: the app's database is snake_case.
    return [key, column.keyAsName ? toSnakeCase(column.name) : column.name] as const;
  });
  const json = JSON.stringify(
    rows.map((row) => {
      const renamed: Record<string, unknown> = {};
      for (const [key, name] of names) renamed[name] = (row as Record<string, unknown>)[key];
      return renamed;
    }),
  );
  const list = sql.join(
    names.map(([, name]) => sql.identifier(name)),
    sql`, `,
  );
  const target = sql.identifier(getTableName(table));
  return db.execute(
    sql`insert into ${target} (${list}) select ${list} from json_populate_recordset(null::${target}, ${json}) ${tail}`,
  );
}

/** Users whose email is taken are skipped; only those inserted come back, with their ids. */
export async function insertDemoUsers(
  db: Executor,
  rows: NewUser[],
): Promise<{ id: string; email: string }[]> {
  if (rows.length === 0) return [];
  const result = await insertJson(
    db,
    users,
    rows,
    sql`on conflict (email) do nothing returning id, email`,
  );
  return rowsOf(result);
}

export async function insertDemoProfiles(
  db: Executor,
  rows: {
    mentors: MentorProfileRow[];
    languages: MentorLanguageRow[];
    mentees: MenteeProfileRow[];
  },
): Promise<void> {
  if (rows.mentors.length > 0) await insertJson(db, mentorProfiles, rows.mentors);
  // After the profiles: each language row points at its mentor's profile.
  if (rows.languages.length > 0) await insertJson(db, mentorLanguages, rows.languages);
  if (rows.mentees.length > 0) await insertJson(db, menteeProfiles, rows.mentees);
}
