import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { chown } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's postgresql-15, as scripts/start-test-postgres.sh uses it. */
const PGBIN = process.env.PGBIN ?? '/usr/lib/postgresql/15/bin';

export interface PostgresServer {
  url: string;
  dataDir: string;
  /** pg_ctl stop -m fast: every session is ended (57P01), then the server is gone. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its data. */
  remove(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('No free port');
  return address.port;
}

/** PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user. */
async function asOwner(command: string, args: string[]): Promise<void> {
  const root = userInfo().uid === 0;
  const [file, argv] = root
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
  await run(file, argv, { maxBuffer: 1 << 20 });
}

/**
 * A throwaway PostgreSQL 15 server of the benchmark's own, never the shared test server: the
 * fault command stops and starts it. Unlike the test server it keeps fsync on, as production
 * does, so a commit it answered is on disk; synchronous_commit stays on too.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mentorbro-bench-pg.'));
  if (userInfo().uid === 0) await chown(dataDir, ...(await postgresIds()));
  const port = await freePort();
  const db = join(dataDir, 'db');
  await asOwner(join(PGBIN, 'initdb'), ['-D', db, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = [
    `-p ${port}`,
    `-k ${dataDir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
  ].join(' ');
  const pgCtl = (args: string[]) =>
    asOwner(join(PGBIN, 'pg_ctl'), ['-D', db, '-l', join(dataDir, 'server.log'), ...args]);
  const start = () => pgCtl(['-w', '-t', '60', '-o', options, 'start']);
  const stop = () => pgCtl(['-w', '-t', '60', '-m', 'fast', 'stop']);
  await start();
  let removed = false;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dataDir,
    stop,
    start,
    async remove() {
      if (removed) return;
      removed = true;
      await stop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function postgresIds(): Promise<[number, number]> {
  const { stdout: uid } = await run('id', ['-u', 'postgres']);
  const { stdout: gid } = await run('id', ['-g', 'postgres']);
  return [Number(uid.trim()), Number(gid.trim())];
}
