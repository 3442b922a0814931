import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createSigner } from 'fast-jwt';
import pg from 'pg';
import { apiRoot } from '../src/lib/paths';

export interface RunningApi {
  origin: string;
  pid: number;
  /** An access token for the user, as the API would issue it. */
  tokenFor(userId: string): string;
  /** Waits until the database runs nothing more for the API (see settle()). */
  settle(): Promise<void>;
  /** SIGTERM, then SIGKILL after 10 s. */
  stop(): Promise<void>;
  /** Sends a signal and leaves the rest to the caller (the fault command). */
  signal(signal: NodeJS.Signals): void;
  /** How the process ended, whenever it does. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** The last few kilobytes it printed. */
  output(): string;
  /** How many times each message was logged (JSON log lines, warnings and up). */
  logged(): Record<string, number>;
}

export interface ApiOptions {
  /** `source` runs src/server.ts with tsx; `dist` the bundle `pnpm build` makes, as deployed. */
  entry?: 'source' | 'dist';
  /** More environment, e.g. RATE_LIMITS=false for a load test. */
  env?: Record<string, string>;
}

/** How the API's connections name themselves (node-postgres reads PGAPPNAME). */
export const APPLICATION_NAME = 'mentorbro-bench-api';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('No free port');
  return address.port;
}

function messageOf(line: string): string | null {
  if (!line.startsWith('{')) return null;
  try {
    const parsed = JSON.parse(line) as { msg?: unknown };
    return typeof parsed.msg === 'string' ? parsed.msg : null;
  } catch {
    return null;
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(10_000, false)]);
  if (!stopped) child.kill('SIGKILL');
}

/**
 * An overloaded API goes on with requests its client has given up on: the next measurement
 * waits until the database has run nothing for it twice in a row.
 */
async function settle(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + 60_000;
    let quiet = 0;
    while (quiet < 2 && Date.now() < deadline) {
      const { rows } = await client.query<{ busy: number }>(
        `select count(*)::int as busy from pg_stat_activity
         where application_name = $1 and state <> 'idle'`,
        [APPLICATION_NAME],
      );
      quiet = (rows[0]?.busy ?? 0) === 0 ? quiet + 1 : 0;
      await sleep(250);
    }
  } finally {
    await client.end();
  }
}

/**
 * The API as in production, in a process of its own (tsx runs the source as it stands, or the
 * built bundle): the same database, a secret made for this run, logs only from warnings up.
 */
export async function startApi(
  databaseUrl: string,
  poolMax: number,
  options: ApiOptions = {},
): Promise<RunningApi> {
  const port = await freePort();
  const secret = randomBytes(36).toString('base64url');
  const args =
    options.entry === 'dist'
      ? ['--enable-source-maps', 'dist/server.js']
      : ['--import', 'tsx', 'src/server.ts'];
  const child = spawn(process.execPath, args, {
    cwd: apiRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: String(poolMax),
      JWT_SECRET: secret,
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'false',
      PGAPPNAME: APPLICATION_NAME,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept to explain a failed start; warnings under load are counted by the caller's non-2xx
  // and, by their message, here (the fault command wants "database unavailable", never
  // "request failed").
  let output = '';
  let partial = '';
  const messages: Record<string, number> = {};
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-4_000);
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const msg = messageOf(line);
      if (msg !== null) messages[msg] = (messages[msg] ?? 0) + 1;
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('error', (error) => {
    output += `\n${error.message}`;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      resolve({ code, signal });
    });
  });
  // A crash of the benchmark must not leave the API running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  void exited.then(() => process.off('exit', killOnExit));

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`The API exited with code ${child.exitCode} while starting:\n${output}`);
    }
    const ready = await fetch(`${origin}/api/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`The API was not ready within 60 s:\n${output}`);
    }
    await sleep(250);
  }

  const sign = createSigner({ key: secret, algorithm: 'HS256', expiresIn: 3_600_000 });
  return {
    origin,
    pid: child.pid ?? 0,
    tokenFor: (userId) => sign({ sub: userId, role: 'mentee' }),
    settle: () => settle(databaseUrl),
    stop: async () => {
      process.off('exit', killOnExit);
      await stopChild(child);
    },
    signal: (signal) => {
      child.kill(signal);
    },
    exited,
    output: () => output,
    logged: () => ({ ...messages }),
  };
}
