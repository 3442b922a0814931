import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Database as DatabaseConfig } from '../config';
import { lockDataDir } from './data-dir-lock';
import * as schema from './schema';

export type Schema = typeof schema;
/** The one database type the code sees: node-postgres and PGlite are interchangeable behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Repositories take either, so a service can run several of them in one transaction. */
export type Executor = Db | Tx;

export interface DatabaseHandle {
  db: Db;
  kind: DatabaseConfig['kind'];
  /** Runs a trivial query; used by the readiness check. */
  ping(): Promise<void>;
  /** The embedded database's files as one archive (PGlite only), to start another copy from. */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

/** Closing twice (a failed test, a second signal) must not throw. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}

/**
 * SQLSTATEs of a server that is going away or not there yet: admin shutdown (57P01, what a
 * restart sends to every session), crash shutdown (57P02), cannot connect now (57P03, still
 * starting), too many connections (53300). Class 08 is every connection exception.
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
const CONNECTION_EXCEPTION = /^08[0-9A-Z]{3}$/;
/** Socket errors of a server that cannot be reached. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/**
 * node-postgres and PGlite say these without a code: a connection that died under a query or
 * while idle, a client left unusable by that, the pool's connect timeout, a pool or an embedded
 * database already closed (the process is shutting down).
 */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^Client has encountered a connection error/,
  /^Client was closed and is not queryable/,
  /^timeout exceeded when trying to connect/,
  /^Cannot use a pool after calling end/,
  /^PGlite is closed/,
];

/**
 * True when the error means "the database cannot be reached right now" rather than "this query
 * is wrong": the caller answers 503 and the client tries again. drizzle wraps driver errors
 * (DrizzleQueryError, with the driver's error as its cause), and a failed rollback after a lost
 * connection replaces the first error, so the whole cause chain is looked at.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (UNAVAILABLE_STATES.has(code) || CONNECTION_EXCEPTION.test(code)) return true;
    if (NETWORK_CODES.has(code)) return true;
  }
  if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(error.message))) return true;
  // A host name with several addresses fails with one error per address.
  if (error instanceof AggregateError) {
    return error.errors.some((inner: unknown) => isDatabaseUnavailable(inner, depth + 1));
  }
  return isDatabaseUnavailable(error.cause, depth + 1);
}

type ConnectCallback = Exclude<Parameters<pg.Pool['connect']>[0], undefined>;

/**
 * drizzle's transaction() (drizzle-orm 0.45, node-postgres) sends BEGIN before its
 * try/finally: when the connection dies under BEGIN the client is never released, and each
 * such client is lost to the pool for good. After `max` of them every request waits for the
 * connect timeout, and the API stays down after the database is back. So a client whose
 * connection dies while checked out is handed back at once (the pool drops a dead client),
 * and its holder's own release afterwards does nothing.
 */
class OutageSafePool extends pg.Pool {
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    // The callback form is pool.query()'s own, which always releases.
    if (callback) {
      super.connect(callback);
      return;
    }
    return super.connect().then(handBackWhenLost);
  }
}

function handBackWhenLost(client: pg.PoolClient): pg.PoolClient {
  const release = client.release.bind(client);
  const onError = (error: Error) => {
    // The holder's release afterwards (drizzle's finally, when there is one) is a no-op.
    client.release = () => undefined;
    release(error);
  };
  client.once('error', onError);
  client.release = (error?: Error | boolean) => {
    client.off('error', onError);
    release(error);
  };
  return client;
}

export interface OpenOptions {
  /** Told when an idle pooled connection breaks (e.g. the server restarted). */
  onPoolError?: (error: Error) => void;
  /**
   * An embedded database starts as a copy of this dump (`dumpDataDir`) instead of empty: the
   * tests start each file from one migrated copy rather than migrating again.
   */
  pgliteDump?: Blob;
}

export async function openDatabase(
  config: DatabaseConfig,
  options: OpenOptions = {},
): Promise<DatabaseHandle> {
  if (config.kind === 'postgres') {
    const pool = new OutageSafePool({
      connectionString: config.url,
      max: config.poolMax,
      // While the server is unreachable a request fails (503) within this, instead of waiting.
      connectionTimeoutMillis: 5_000,
    });
    // An idle client losing its connection must not crash the process. The pool drops it (and
    // drops a client released after its connection died), so requests after an outage get new
    // connections without a restart; test/database-outage.test.ts pins that.
    pool.on('error', (error) => options.onPoolError?.(error));
    // The pool listens for errors only while a client is idle. A checked-out client between
    // two statements of a transaction has no listener, and a restart's "terminating
    // connection" (57P01) emitted on it would end the process. Its next statement fails (503)
    // and the pool drops it on release, so the error needs no handling here, only a listener.
    pool.on('connect', (client) => {
      client.on('error', () => undefined);
    });
    const db = drizzlePg(pool, { schema, casing: 'snake_case' }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      ping: async () => {
        await pool.query('select 1');
      },
      close: once(() => pool.end()),
    };
  }
  let unlock = (): void => undefined;
  if (config.dataDir) {
    mkdirSync(config.dataDir, { recursive: true });
    unlock = lockDataDir(config.dataDir);
  }
  // Search needs both (migration 0003); a PostgreSQL server ships them as contrib modules.
  const extensions = { pg_trgm, unaccent };
  const client = await PGlite.create({
    extensions,
    ...(config.dataDir ? { dataDir: config.dataDir } : {}),
    ...(options.pgliteDump ? { loadDataDir: options.pgliteDump } : {}),
  }).catch((error: unknown) => {
    unlock();
    throw error;
  });
  const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    ping: async () => {
      await client.query('select 1');
    },
    dumpDataDir: () => client.dumpDataDir('none'),
    close: once(async () => {
      await client.close();
      unlock();
    }),
  };
}
