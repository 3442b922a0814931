import pg from 'pg';
import type { Recording } from './capture';

export interface DirectRun {
  /** Requests replayed (each all of its statements) per second. */
  requestsPerSecond: number;
  statementsPerSecond: number;
  requests: number;
  seconds: number;
  /** Milliseconds per replayed request. */
  latencies: number[];
}

/** One request's statements, each sent as soon as those the service waited for are done. */
async function replay(pool: pg.Pool, recording: Recording): Promise<void> {
  const done: Promise<unknown>[] = [];
  for (const statement of recording) {
    done.push(
      Promise.all(statement.after.map((index) => done[index] ?? Promise.resolve())).then(() =>
        pool.query({ text: statement.text, values: statement.values, rowMode: 'array' }),
      ),
    );
  }
  await Promise.all(done);
}

/**
 * The same SQL as the API with the same parameters, straight from node-postgres: a closed
 * loop of `connections` clients, each replaying the next request's statements as soon as the
 * previous request's are done, on a pool of as many connections.
 */
export async function directRun(
  url: string,
  recordings: Recording[],
  connections: number,
  seconds: number,
): Promise<DirectRun> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  try {
    // Open the connections first, as the API's pool is warm when it is measured.
    const clients = await Promise.all(Array.from({ length: connections }, () => pool.connect()));
    for (const client of clients) client.release();
    let next = 0;
    let statements = 0;
    const latencies: number[] = [];
    const started = performance.now();
    const end = started + seconds * 1000;
    const worker = async () => {
      while (performance.now() < end) {
        const recording = recordings[next++ % recordings.length] ?? [];
        const sent = performance.now();
        await replay(pool, recording);
        latencies.push(performance.now() - sent);
        statements += recording.length;
      }
    };
    await Promise.all(Array.from({ length: connections }, worker));
    const elapsed = (performance.now() - started) / 1000;
    return {
      requestsPerSecond: latencies.length / elapsed,
      statementsPerSecond: statements / elapsed,
      requests: latencies.length,
      seconds: elapsed,
      latencies,
    };
  } finally {
    await pool.end();
  }
}
