import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../src/app';
import { openDatabase } from '../src/db/client';
import { rowsOf } from '../src/db/rows';
import { registerAndLogin } from './helpers/accounts';
import { auth, type Member } from './helpers/profiles';
import { createTestApp, type TestApp } from './helpers/test-app';

/**
 * PostgreSQL going away and coming back, under an app that keeps running. Runs on PostgreSQL
 * only (vitest.config.ts): the shared test server must not be stopped, so the app reaches it
 * through a TCP hop the test takes down (every connection cut, new ones refused, as a stopped
 * server does) and brings back on the same port.
 */
class Hop {
  port = 0;
  /** While frozen, the server's answers are dropped: statements sent then never return. */
  frozen = false;
  /** Connections that sent something while frozen. */
  readonly sentWhileFrozen = new Set<Socket>();
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  constructor(private readonly target: { host: string; port: number }) {}

  async up(): Promise<void> {
    this.frozen = false;
    this.sentWhileFrozen.clear();
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => socket.destroy());
        socket.on('close', () => {
          this.sockets.delete(socket);
          client.destroy();
          upstream.destroy();
        });
      }
      client.on('data', (chunk: Buffer) => {
        if (this.frozen) this.sentWhileFrozen.add(client);
        upstream.write(chunk);
      });
      upstream.on('data', (chunk: Buffer) => {
        if (!this.frozen) client.write(chunk);
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async down(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

/** A promise and its resolve, to hold a route between two statements. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

let between = deferred<number>();
let carryOn = deferred<undefined>();

let t: TestApp;
let hop: Hop;
let app: FastifyInstance;
let http: ReturnType<typeof supertest>;
let member: Member;

beforeAll(async () => {
  t = await createTestApp();
  member = await registerAndLogin(t);
  const url = new URL(t.database.config.kind === 'postgres' ? t.database.config.url : '');
  hop = new Hop({ host: url.hostname, port: Number(url.port) });
  await hop.up();
  url.port = String(hop.port);
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolMax: 2 });
  app = await buildApp({ config: t.config, database, clock: t.clock, serveSpa: false });
  // A request that is still running in the database when its connection ends.
  app.get('/api/test/sleep', async () => {
    await app.db.execute(sql`select pg_sleep(30)`);
    return { slept: true };
  });
  // A transaction of one statement: its BEGIN is what an outage may cut off.
  app.get('/api/test/begin', async () =>
    app.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      return { done: true };
    }),
  );
  // A request inside a transaction, between two statements when its connection ends.
  app.get('/api/test/transaction', async () =>
    app.db.transaction(async (tx) => {
      const [row] = rowsOf<{ pid: number }>(await tx.execute(sql`select pg_backend_pid() as pid`));
      between.resolve(row?.pid ?? 0);
      await carryOn.promise;
      await tx.execute(sql`select 1`);
      return { done: true };
    }),
  );
  await app.ready();
  http = supertest(app.server);
});
afterAll(async () => {
  await app.close();
  await hop.down();
  await t.close();
});

const me = () => http.get('/api/me').set(auth(member));

describe('PostgreSQL restarted under a running app', () => {
  it('answers a request whose session the restart ends (57P01) with 503, the next with 200', async () => {
    const answer = http.get('/api/test/sleep').then((response) => response);
    const sleeping = async () =>
      rowsOf<{ pid: number }>(
        await t.app.db.execute(sql`select pid from pg_stat_activity
          where datname = current_database() and query = 'select pg_sleep(30)'`),
      );
    await vi.waitFor(
      async () => {
        expect(await sleeping()).toHaveLength(1);
      },
      { interval: 20 },
    );
    // What a fast shutdown does to every session.
    await t.app.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and query = 'select pg_sleep(30)'`);

    const response = await answer;
    expect(response.status).toBe(503);
    expect(response.body.error.code).toBe('service_unavailable');
    await me().expect(200);
  });

  it('survives a session ended between two statements of a transaction, and answers 503', async () => {
    between = deferred<number>();
    carryOn = deferred<undefined>();
    const answer = http.get('/api/test/transaction').then((response) => response);
    const pid = await between.promise;
    await t.app.db.execute(sql`select pg_terminate_backend(${pid})`);
    // The server has sent its "terminating connection" and gone; a client of the pool with
    // no listener for it would take the whole process down here.
    await vi.waitFor(async () => {
      const rows = rowsOf(
        await t.app.db.execute(sql`select 1 from pg_stat_activity where pid = ${pid}`),
      );
      expect(rows).toHaveLength(0);
    });
    carryOn.resolve(undefined);

    const response = await answer;
    expect(response.status).toBe(503);
    await me().expect(200);
  });

  it('gets back the connections of transactions whose BEGIN the outage cut off', async () => {
    await Promise.all([me().expect(200), me().expect(200)]);
    // Both pooled connections send BEGIN, and the server goes before either hears back.
    hop.frozen = true;
    const answers = [1, 2].map(() => http.get('/api/test/begin').then((response) => response));
    await vi.waitFor(() => {
      expect(hop.sentWhileFrozen.size).toBe(2);
    });
    await hop.down();
    expect((await Promise.all(answers)).map((response) => response.status)).toEqual([503, 503]);

    await hop.up();
    // A connection kept by a transaction that never ended would leave the pool short for
    // good: with both gone, this would wait for the connect timeout and fail.
    await Promise.all([me().expect(200), me().expect(200)]);
  });

  it('answers 503 at once while the server is gone, and 200 as soon as it is back', async () => {
    // Both pooled connections open and idle when the server goes.
    await Promise.all([me().expect(200), me().expect(200)]);
    await hop.down();

    const started = performance.now();
    const gone = await me();
    expect(gone.status).toBe(503);
    expect(gone.headers['retry-after']).toBe('5');
    // Refused connections fail at once, well within the pool's 5 s connect timeout.
    expect(performance.now() - started).toBeLessThan(4_000);
    await http.get('/api/health/ready').expect(503);
    await http.get('/api/health/live').expect(200);

    await hop.up();
    // No restart of the app: the dead connections were dropped, and both pooled connections
    // are new ones; one left in the pool would fail one of these.
    await Promise.all([me().expect(200), me().expect(200)]);
    await http.get('/api/health/ready').expect(200);
  });
});
