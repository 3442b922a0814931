import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routesUnder } from '../helpers/admin';
import { auth } from '../helpers/profiles';
import { createTestApp, type TestApp } from '../helpers/test-app';
import type { Account, Fixtures } from './fixtures';
import { buildWorld, type World } from './world';
import { callerOf, type Cell, type Relation, relationName, type Role, ROLES } from './relations';
import { ROUTES } from './route-table';
import { type Call, type Expected, expectedFor, type Row } from './row';

/**
 * The API's documentation (Swagger UI and the OpenAPI document) is generated from the route
 * schemas, holds no member's data and is public by design: it has no row.
 */
const DOCS = '/api/docs';

function apiRoutes(app: FastifyInstance): string[] {
  return routesUnder(app, '/api/')
    .filter((route) => !route.url.startsWith(DOCS))
    .map((route) => `${route.method} ${route.url}`);
}

/** Routes without a row, and rows without a route. */
function gaps(routes: string[], table: Record<string, Row>) {
  return {
    missing: routes.filter((route) => !(route in table)).sort(),
    stale: Object.keys(table)
      .filter((key) => !routes.includes(key))
      .sort(),
  };
}

interface Case {
  name: string;
  route: string;
  row: Row;
  role: Role;
  relation: Relation;
  expected: Expected;
}

const cases: Case[] = [];
const holes: string[] = [];
for (const [route, row] of Object.entries(ROUTES)) {
  for (const role of ROLES) {
    for (const relation of row.relations ?? ['own']) {
      const expected = expectedFor(row, role, relation);
      const cell = `${route} · ${role} · ${relationName(relation)}`;
      if (expected)
        cases.push({ name: `${cell} → ${expected.status}`, route, row, role, relation, expected });
      else holes.push(cell);
    }
  }
}

function cellOf({ row, role, relation }: Case, world: World): Cell {
  const introductions = row.introductions === true;
  return {
    role,
    relation,
    make,
    introductions,
    w: world,
    me: callerOf(world, role, relation, introductions),
  };
}

let t: TestApp;
let w: World;
let make: Fixtures;
/** The fresh pieces of the allowed moves on routes that change what they call, by cell name. */
const prepared = new Map<string, Partial<World>>();
const needsFresh = (c: Case) => c.row.fresh !== undefined && c.expected.status < 300;
beforeAll(async () => {
  t = await createTestApp();
  ({ w, make } = await buildWorld(t));
  await Promise.all(
    cases.map(async (c) => {
      const fresh = c.row.fresh;
      if (fresh && needsFresh(c)) prepared.set(c.name, await fresh(cellOf(c, w)));
    }),
  );
});
afterAll(() => t.close());

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

function send(route: string, me: Account | undefined, call: Call) {
  const [method = '', template = ''] = route.split(' ');
  const path = template.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = call.params?.[name];
    if (value === undefined) throw new Error(`The row of ${route} fills no :${name}`);
    return encodeURIComponent(String(value));
  });
  const req = t.http[method.toLowerCase() as Method](path);
  if (me) void req.set(auth(me));
  if (call.query) void req.query(call.query);
  return call.body === undefined ? req : req.send(call.body);
}

describe('the authorization matrix', () => {
  it('has a row for every route under /api, and a route for every row', () => {
    const { missing, stale } = gaps(apiRoutes(t.app), ROUTES);
    expect(
      missing,
      `Routes without a row in test/authz/route-table.ts: ${missing.join(', ')}`,
    ).toEqual([]);
    expect(stale, `Rows without a route: ${stale.join(', ')}`).toEqual([]);
  });

  it('finds a new route that has no row', async () => {
    const app = Fastify();
    const ok = async () => ({ ok: true });
    app.get('/api/health/live', ok);
    app.post('/api/requests/:id/snooze', ok);
    app.get('/api/docs/json', ok);
    await app.ready();
    expect(gaps(apiRoutes(app), ROUTES).missing).toEqual(['POST /api/requests/:id/snooze']);
    await app.close();
  });

  it('gives every role a status for each relation of every route', () => {
    expect(holes).toEqual([]);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const fresh = prepared.get(c.name);
    if (needsFresh(c) && !fresh) throw new Error(`No fresh piece of the world for ${c.name}`);
    const cell = cellOf(c, { ...w, ...fresh });
    const res = await send(c.route, cell.me, (await c.row.call?.(cell)) ?? {});
    expect(res.status, `${c.route} answered ${JSON.stringify(res.body)}`).toBe(c.expected.status);
    if (c.expected.code) {
      expect((res.body as { error: { code: string } }).error.code).toBe(c.expected.code);
    }
  });
});
