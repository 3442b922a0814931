import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database as DatabaseConfig } from '../config';
import { migrationsFolder } from '../lib/paths';
import type { DatabaseHandle } from './client';

/** Any fixed number works; it only has to be the same for every instance of the API. */
const MIGRATION_LOCK_ID = 7_234_001;

/**
 * Applies the committed drizzle-kit migrations. On PostgreSQL an advisory lock makes
 * several API instances starting at once apply them exactly once.
 */
export async function runMigrations(handle: DatabaseHandle, config: DatabaseConfig): Promise<void> {
  if (config.kind === 'pglite') {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await migratePg(drizzle(client) as unknown as NodePgDatabase, { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    await client.end();
  }
}
