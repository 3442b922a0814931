import { loadConfig } from '../config';
import { type DatabaseHandle, openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';

/**
 * Opens the configured database with migrations applied, runs a command, closes it, and
 * exits non-zero on any failure so scripts and CI notice. With the embedded database, stop
 * the app first: only one process can open its data folder.
 */
export async function withDatabase(run: (handle: DatabaseHandle) => Promise<void>): Promise<void> {
  const config = loadConfig();
  let handle: DatabaseHandle | undefined;
  try {
    handle = await openDatabase(config.database);
    await runMigrations(handle, config.database);
    await run(handle);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await handle?.close();
  }
}
