import { AsyncLocalStorage } from 'node:async_hooks';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Db } from '../src/db/client';
import { systemClock } from '../src/lib/clock';
import * as schema from '../src/db/schema';
import { searchService } from '../src/modules/search/search.service';
import { findUserById, type UserRow } from '../src/modules/users/users.repository';
import type { BenchRequest, Scenario } from './queries';

/** One statement the search service sent, with the ones it waited for. */
export interface Statement {
  text: string;
  values: unknown[];
  /** Statements of the same request that had finished before this one was sent. */
  after: number[];
}

/** The statements one API request runs, in the order it sent them. */
export type Recording = Statement[];

export interface Captured {
  /** The first requests of the scenario, as many as the time allowed. */
  recordings: Recording[];
  /** Requests whose answer had no mentor in it. */
  empty: number;
  statementsPerRequest: number;
}

interface Trace {
  statements: Statement[];
  finished: number[];
}

/**
 * Runs the search service itself, once per distinct request, on a node-postgres client that
 * notes every statement with its parameters: the direct SQL run replays exactly what the API
 * sends. Which statements had finished before each was sent keeps the service's own
 * concurrency (page and facet counts at once) in the replay, whatever the service does.
 *
 * It stops starting requests after `seconds`: a search so slow that it cannot capture them
 * all in that time could not replay more of them in a direct run of as long either.
 */
export async function captureStatements(
  url: string,
  scenario: Scenario,
  seconds: number,
): Promise<Captured> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  const traces = new AsyncLocalStorage<Trace>();
  const recorder = {
    query(config: pg.QueryConfig, values?: unknown[]) {
      const trace = traces.getStore();
      if (!trace) return pool.query(config, values);
      const index = trace.statements.length;
      trace.statements.push({
        text: config.text,
        values: values ?? [],
        after: [...trace.finished],
      });
      return pool.query(config, values).then((result) => {
        trace.finished.push(index);
        return result;
      });
    },
  };
  // drizzle only ever calls query() on the client it is given outside transactions.
  const db = drizzle({
    client: recorder as unknown as pg.Pool,
    schema,
    casing: 'snake_case',
  }) as unknown as Db;
  const search = searchService({ db, clock: systemClock });
  const users = new Map<string, UserRow>();
  const userOf = async (id: string) => {
    const user = users.get(id) ?? (await findUserById(db, id));
    if (!user) throw new Error(`No user ${id}`);
    users.set(id, user);
    return user;
  };

  const recordings: (Recording | undefined)[] = [];
  let empty = 0;
  const record = async (request: BenchRequest, index: number) => {
    if (!request.userId) throw new Error(`${scenario.name} has no statements to capture`);
    const user = await userOf(request.userId);
    const trace: Trace = { statements: [], finished: [] };
    const answer = await traces.run(trace, () =>
      request.search ? search.search(user, request.search) : search.recommendations(user, 10),
    );
    if (answer.items.length === 0) empty++;
    recordings[index] = trace.statements;
  };
  try {
    // A few at once: 1,800 requests one by one would take most of a minute.
    let next = 0;
    const deadline = performance.now() + seconds * 1000;
    const worker = async () => {
      while (next < scenario.requests.length && performance.now() < deadline) {
        const index = next++;
        const request = scenario.requests[index];
        if (request) await record(request, index);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
  } finally {
    await pool.end();
  }
  // Requests are taken in order and each one started is finished: the captured ones lead.
  const captured = recordings.filter((recording) => recording !== undefined);
  const statements = captured.reduce((sum, recording) => sum + recording.length, 0);
  return { recordings: captured, empty, statementsPerRequest: statements / captured.length };
}
