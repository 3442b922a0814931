import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database as DatabaseConfig } from '../../src/config';
import { type DatabaseHandle, openDatabase } from '../../src/db/client';

export interface TestDatabase {
  handle: DatabaseHandle;
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/**
 * An isolated, migrated database for one test file: an in-memory PGlite, or a freshly
 * created database on the PostgreSQL server in TEST_DATABASE_URL. Both are copies of the
 * database the run's global setup migrated once (global-setup.ts).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject('databaseTemplate');
  if (process.env.TEST_DATABASE !== 'postgres') {
    const config: DatabaseConfig = { kind: 'pglite', dataDir: undefined };
    const handle = await openDatabase(config, { pgliteDump: new Blob([await readFile(template)]) });
    return { handle, config, drop: () => handle.close() };
  }
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is needed for the postgres project');
  const name = `mentorbro_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const config: DatabaseConfig = { kind: 'postgres', url: url.toString(), poolMax: 5 };
  const handle = await openDatabase(config);
  return {
    handle,
    config,
    drop: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
