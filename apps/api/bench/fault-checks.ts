import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { APPLICATION_NAME, type RunningApi } from './api-server';
import type { JourneyPopulation } from './journey-population';
import type { Created, Sample } from './journey-record';
import type { PostgresServer } from './postgres-server';
import { table } from './report';

export interface Check {
  fault: string;
  name: string;
  pass: boolean;
  /** What was measured, in words and numbers. */
  numbers: string;
}

export interface FaultContext {
  postgres: PostgresServer;
  population: JourneyPopulation;
  /** Every create answered 2xx in any fault, counted in the database at the end. */
  created: Created;
  /** APIs running, so a failure stops them all. */
  apis: Set<RunningApi>;
  users: number;
  thinkMs: number;
  downSeconds: number;
  recoverySeconds: number;
  kills: number;
}

export interface FaultOutcome {
  checks: Check[];
  details: Record<string, unknown>;
}

export function printChecks(checks: Check[]): void {
  console.log(
    table([
      ['', 'fault', 'check', 'measured'],
      ...checks.map((check) => [
        check.pass ? 'PASS' : 'FAIL',
        check.fault,
        check.name,
        check.numbers,
      ]),
    ]),
  );
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Answers by status, e.g. { "200": 12, "503": 40 }. */
export function statusesOf(samples: Sample[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const sample of samples) {
    const key = sample.status === 0 ? `no answer (${sample.code ?? '?'})` : String(sample.status);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

export const describe = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([key, value]) => `${key} ×${value}`)
    .join(', ') || 'none';

/** Sessions the API holds in PostgreSQL, and how many of them are inside a transaction. */
export async function apiSessions(
  url: string,
): Promise<{ sessions: number; inTransaction: number; waitingOnLock: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{
      sessions: number;
      in_transaction: number;
      waiting: number;
    }>(
      `select count(*)::int as sessions,
         count(*) filter (where xact_start is not null)::int as in_transaction,
         count(*) filter (where wait_event_type = 'Lock')::int as waiting
       from pg_stat_activity where application_name = $1`,
      [APPLICATION_NAME],
    );
    const row = rows[0];
    return {
      sessions: row?.sessions ?? 0,
      inTransaction: row?.in_transaction ?? 0,
      waitingOnLock: row?.waiting ?? 0,
    };
  } finally {
    await client.end();
  }
}

/** Polls until `done` says yes, or gives up after `limitMs` (false). */
export async function waitUntil(done: () => Promise<boolean>, limitMs: number): Promise<boolean> {
  const deadline = performance.now() + limitMs;
  while (performance.now() < deadline) {
    if (await done()) return true;
    await sleep(50);
  }
  return false;
}

/**
 * Asks `once` every 100 ms until stopped, keeping each outcome with the time it was asked:
 * what the API answers, or what someone arriving meets, while a fault runs.
 */
export function probeEvery<T>(once: () => Promise<T>, now: () => number) {
  const outcomes: { at: number; outcome: T }[] = [];
  // An object: a plain `let` changed by stop() would read as always false in the loop.
  const state = { stopped: false };
  const done = (async () => {
    while (!state.stopped) {
      const at = now();
      outcomes.push({ at, outcome: await once() });
      await sleep(100);
    }
  })();
  return {
    outcomes,
    stop: async () => {
      state.stopped = true;
      await done;
    },
  };
}
