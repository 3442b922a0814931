import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import { rowsOf } from '../../src/db/rows';

type Columns = Readonly<Record<string, readonly string[]>>;

/**
 * Columns any signed-in request may write, refused or not. The guard marks a member active
 * (`users.last_active_at`, at most once an hour) before the route judges her input; the
 * column only feeds "active this week" on mentor cards.
 */
const WRITTEN_BY_THE_GUARD: Columns = { users: ['last_active_at'] };

/**
 * Refusals that write by design, by route: the columns they may change. Each is still
 * checked with those columns left out, so nothing else may move.
 */
const LOCKOUT_COLUMNS: Columns = {
  users: ['failed_logins', 'last_failed_login_at', 'login_locked_until'],
};
const REFUSALS_THAT_WRITE: Readonly<Record<string, Columns>> = {
  // A wrong password counts toward her lockout (modules/auth/lockout.ts), at login and when
  // she confirms deleting her account.
  'POST /api/auth/login': LOCKOUT_COLUMNS,
  'DELETE /api/me': LOCKOUT_COLUMNS,
};

/** One hash per table of the public schema (and per exemption above): equal, same rows. */
export type Fingerprint = ReadonlyMap<string, string>;

export interface Fingerprinter {
  /** Hashes every table: exact, and tens of milliseconds. */
  take(): Promise<Fingerprint>;
  /**
   * The next transaction id the server will hand out: it moves whenever any transaction
   * writes a row (rolled back or not) and never for a read. Unmoved, nothing was written and
   * the fingerprint need not be taken; moved, only the fingerprint can tell. On a shared
   * PostgreSQL server other databases move it too, which costs time, never correctness.
   */
  writeMark(): Promise<string>;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (text: string) => `'${text.replaceAll("'", "''")}'`;
const APART_FROM = ' apart from ';
const apartFrom = (table: string, columns: readonly string[]) =>
  `${table}${APART_FROM}${columns.join(', ')}`;

/** A table's rows as sorted JSON without some columns, hashed. */
function hashOf(name: string, table: string, ignored: readonly string[]): string {
  const row = ignored.reduce(
    (json, column) => `(${json} - ${quoteLiteral(column)})`,
    'to_jsonb(t)',
  );
  return `select ${quoteLiteral(name)} as name,
    md5(coalesce(string_agg(${row}::text, E'\\n' order by ${row}::text), '')) as hash
    from ${quoteIdent(table)} t`;
}

/**
 * Reads the list of tables once (so a new table is covered without a change here) and
 * hashes every table's rows, in a stable order, in one query.
 */
export async function dbFingerprinter(db: Db): Promise<Fingerprinter> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE'
      order by table_name`),
  ).map((row) => row.name);
  const guarded = (table: string) => WRITTEN_BY_THE_GUARD[table] ?? [];
  const hashes = tables.map((table) => hashOf(table, table, guarded(table)));
  for (const exemptions of Object.values(REFUSALS_THAT_WRITE)) {
    for (const [table, columns] of Object.entries(exemptions)) {
      hashes.push(hashOf(apartFrom(table, columns), table, [...guarded(table), ...columns]));
    }
  }
  const query = sql.raw(hashes.join('\nunion all\n'));
  return {
    async take() {
      const rows = rowsOf<{ name: string; hash: string }>(await db.execute(query));
      return new Map(rows.map((row) => [row.name, row.hash]));
    },
    async writeMark() {
      const [row] = rowsOf<{ mark: string }>(
        await db.execute(sql`select pg_snapshot_xmax(pg_current_snapshot())::text as mark`),
      );
      return row?.mark ?? '';
    },
  };
}

/** The tables whose rows differ between two fingerprints. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name)).sort();
}

/**
 * Watches the database across a stream of requests and tells which tables a refused one
 * changed. Fingerprinting after every request would cost more than the requests: the write
 * mark decides when a fingerprint is needed at all (after a write), and an accepted request
 * that wrote only makes the next expectation unknown until it is taken again.
 */
export class DatabaseWatch {
  private expected: Fingerprint | undefined;
  private mark: string | undefined;

  constructor(private readonly fingerprinter: Fingerprinter) {}

  /** Before each request: what the database must still be if it is refused. */
  async before(): Promise<void> {
    this.expected ??= await this.fingerprinter.take();
    this.mark ??= await this.fingerprinter.writeMark();
  }

  /** After a refusal of `route` ("POST /api/…"): the tables it changed, none if all is well. */
  async changedByRefusal(route: string): Promise<string[]> {
    const mark = await this.fingerprinter.writeMark();
    if (mark === this.mark || !this.expected) return [];
    const after = await this.fingerprinter.take();
    const exempt = REFUSALS_THAT_WRITE[route] ?? {};
    // A table this route may write by design is judged by its hash without those columns;
    // every other table by its whole rows.
    const changed = changedTables(this.expected, after).filter((name) => {
      const [table = name] = name.split(APART_FROM);
      return table in exempt ? name !== table : name === table;
    });
    // The runs after a failure (and its replay) go on from the changed database.
    this.expected = after;
    this.mark = mark;
    return changed;
  }

  /** After an accepted request: whether it wrote, so the fixture may need repairing. */
  async wroteOnSuccess(): Promise<boolean> {
    if ((await this.fingerprinter.writeMark()) === this.mark) return false;
    this.forget();
    return true;
  }

  /** Something besides the requests wrote: take the fingerprint again before the next one. */
  forget(): void {
    this.expected = undefined;
    this.mark = undefined;
  }
}
