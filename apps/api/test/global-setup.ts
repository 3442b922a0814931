import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated PGlite's dump on disk, or the name of a migrated template database. */
    databaseTemplate: string;
  }
}

/**
 * Migrates one database per run, which every test file then copies: migrating anew for each
 * of a hundred files cost about two seconds each on the embedded database.
 */
export default async function setup(project: TestProject) {
  if (project.name === 'postgres') {
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) throw new Error('TEST_DATABASE_URL is needed for the postgres project');
    const name = `mentorbro_template_${randomBytes(6).toString('hex')}`;
    await onServer(serverUrl, `create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const config = { kind: 'postgres', url: url.toString(), poolMax: 1 } as const;
    const handle = await openDatabase(config);
    await runMigrations(handle, config);
    // A template must have no connections while it is copied.
    await handle.close();
    project.provide('databaseTemplate', name);
    return () => onServer(serverUrl, `drop database if exists ${name} with (force)`);
  }
  const config = { kind: 'pglite', dataDir: undefined } as const;
  const handle = await openDatabase(config);
  await runMigrations(handle, config);
  const dump = await handle.dumpDataDir?.();
  if (!dump) throw new Error('the embedded database cannot be dumped');
  await handle.close();
  const path = join(tmpdir(), `mentorbro-test-${randomBytes(6).toString('hex')}.tar`);
  await writeFile(path, Buffer.from(await dump.arrayBuffer()));
  project.provide('databaseTemplate', path);
  return () => rm(path, { force: true });
}

async function onServer(serverUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
