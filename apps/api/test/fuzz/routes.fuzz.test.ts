import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { createSigner } from 'fast-jwt';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routesUnder } from '../helpers/admin';
import { createTestApp } from '../helpers/test-app';
import { users } from '../../src/db/schema';
import { DatabaseWatch, dbFingerprinter } from './db-fingerprint';
import { buildFixture, CALLERS, type FuzzFixture } from './fixture';
import { type Forgeries, type FuzzRequest, fuzzRequests } from './fuzz-requests';
import { toJsonText } from './hostile';
import { type OpenApiDocument, operationName, operationsOf, routerPath } from './operations';

/**
 * Fixed, so CI runs the same requests every time and a failure names the seed to replay.
 * FUZZ_SEED and FUZZ_RUNS explore further on a developer's machine.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 8024);
const RUNS = Number(process.env.FUZZ_RUNS ?? 50);

// The route list comes from the app itself, so it is known before the tests are declared.
const t = await createTestApp();
const operations = operationsOf(t.app.swagger() as OpenApiDocument);
const fuzzedRoutes = new Set<string>();
let fixture: FuzzFixture;
let watch: DatabaseWatch;
let forged: Forgeries;

beforeAll(async () => {
  fixture = await buildFixture(t);
  watch = new DatabaseWatch(await dbFingerprinter(t.app.db));
  const someone = fixture.pool.people[0] ?? randomUUID();
  const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  forged = {
    wrongSecret: createSigner({
      key: 'someone-elses-secret-that-is-long-enough',
      algorithm: 'HS256',
    })({
      sub: someone,
      role: 'admin',
    }),
    unsigned: `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: someone, role: 'admin' })}.`,
    vanished: t.app.signAccessToken({ id: randomUUID(), role: 'admin' }),
  };
});
/** With FUZZ_REPORT set, the answers each route gave, to see how deep the fuzz reaches. */
const tally = new Map<string, Record<number, number>>();
afterAll(async () => {
  if (process.env.FUZZ_REPORT) console.table(Object.fromEntries(tally));
  await t.close();
});

function send(request: FuzzRequest): Promise<LightMyRequestResponse> {
  const headers = { ...request.headers };
  const caller = CALLERS.find((name) => name === headers.authorization);
  if (caller) headers.authorization = `Bearer ${fixture.callers[caller]}`;
  let payload: string | Buffer | undefined;
  if (request.body.kind === 'json') {
    // A removed root leaves nothing, which is what a client that forgot the body sends.
    payload = request.body.value === undefined ? '' : toJsonText(request.body.value);
    headers['content-type'] = 'application/json';
  } else if (request.body.kind === 'raw') {
    payload = request.body.raw.payload;
    if (request.body.raw.contentType) headers['content-type'] = request.body.raw.contentType;
  }
  return t.app.inject({
    method: request.method as InjectOptions['method'],
    url: request.url,
    headers,
    ...(payload === undefined ? {} : { payload }),
  });
}

/** Words of a stack trace or a database error: a client must never read them. */
const LEAKS = [
  'at /',
  'node_modules',
  '.ts:',
  'select ',
  'insert into',
  'update ',
  'delete from',
  'syntax error',
  'violates',
  'relation "',
  'column "',
  'postgres',
  'pglite',
  'drizzle',
  'stack',
];

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Property 1: no 5xx, and every refusal in the one error shape, telling nothing of the server. */
function expectOneSafeAnswer(request: FuzzRequest, response: LightMyRequestResponse) {
  const status = response.statusCode;
  expect(status, `5xx: ${response.body.slice(0, 300)}`).toBeLessThan(500);
  if (status < 400) return;
  const body = JSON.parse(response.body) as unknown;
  expect(body).toEqual({
    error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
  });
  // An answer may repeat the request's own words (a 404 names its path); nothing else.
  const sent = (
    safeDecode(request.url) +
    (request.body.kind === 'json' && request.body.value !== undefined
      ? toJsonText(request.body.value)
      : '')
  ).toLowerCase();
  const answer = response.body.toLowerCase();
  const leaks = LEAKS.filter((word) => answer.includes(word) && !sent.includes(word));
  expect(leaks, response.body.slice(0, 300)).toEqual([]);
}

describe('the database watch the fuzzer relies on', () => {
  it('sees a refusal that wrote a row, but not the guard marking her active', async () => {
    const own = new DatabaseWatch(await dbFingerprinter(t.app.db));
    const someone = eq(users.id, fixture.pool.people[0] ?? randomUUID());
    await own.before();
    await t.app.db
      .update(users)
      .set({ lastActiveAt: new Date(0) })
      .where(someone);
    expect(await own.changedByRefusal('GET /api/me')).toEqual([]);
    await t.app.db.update(users).set({ locale: 'en' }).where(someone);
    expect(await own.changedByRefusal('GET /api/me')).toEqual(['users']);
  });

  it('lets a refused login count toward her lockout, and nothing else', async () => {
    const own = new DatabaseWatch(await dbFingerprinter(t.app.db));
    const someone = eq(users.id, fixture.pool.people[0] ?? randomUUID());
    const failed = { failedLogins: 1, lastFailedLoginAt: new Date() };
    await own.before();
    await t.app.db.update(users).set(failed).where(someone);
    expect(await own.changedByRefusal('POST /api/auth/login')).toEqual([]);
    await t.app.db.update(users).set({ failedLogins: 0, lastFailedLoginAt: null }).where(someone);
    expect(await own.changedByRefusal('POST /api/auth/register')).toEqual(['users']);
  });
});

describe('fuzzing every route from its OpenAPI schema with hostile values', () => {
  it('finds every route the router holds in the OpenAPI document', () => {
    const documented = operations.map((op) => `${op.method} ${routerPath(op.path)}`).sort();
    const routed = routesUnder(t.app, '/api/')
      .filter((route) => !route.url.startsWith('/api/docs'))
      .map((route) => `${route.method} ${route.url}`)
      .sort();
    expect(documented).toEqual(routed);
  });

  it.each(operations.map((op) => [operationName(op), op] as const))(
    '%s: no 5xx, one error shape, and a refused request changes nothing',
    async (name, operation) => {
      const requests = fuzzRequests(operation, fixture.pool, CALLERS, forged);
      const answers: Record<number, number> = {};
      tally.set(name, answers);
      await fc.assert(
        fc.asyncProperty(requests, async (request) => {
          await watch.before();
          const response = await send(request);
          answers[response.statusCode] = (answers[response.statusCode] ?? 0) + 1;
          expectOneSafeAnswer(request, response);
          if (response.statusCode >= 400) {
            // Property 2: a refused request leaves the database as it was.
            expect(await watch.changedByRefusal(name), `tables a refused ${name} changed`).toEqual(
              [],
            );
          } else if (await watch.wroteOnSuccess()) {
            await fixture.repair();
          }
        }),
        // No shrinking: a route's state moves on with every run, and the seed and path replay it.
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      fuzzedRoutes.add(name);
    },
    60_000,
  );

  it('has fuzzed every route of the document, none left out', () => {
    expect([...fuzzedRoutes].sort()).toEqual(operations.map(operationName).sort());
  });
});
