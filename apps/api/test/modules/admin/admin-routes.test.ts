import { randomUUID } from 'node:crypto';
import { DEFAULT_PROGRAMME_RULES } from '@mentorbro/core/programme';
import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedSession } from '../../../src/modules/auth/auth.service';
import { createAdminAndLogin, registerAndLogin } from '../../helpers/accounts';
import { type RouteRef, routesUnder } from '../../helpers/admin';
import { auth } from '../../helpers/profiles';
import { createTestApp } from '../../helpers/test-app';

// Built at load time: the tests below are generated from the routes the app holds, so a new
// admin route is guarded by these tests the day it is added.
const t = await createTestApp();
afterAll(() => t.close());
const routes = routesUnder(t.app, '/api/admin');

/**
 * A valid body for each admin route that takes one, so the answers below come from the
 * guard and not from validation. A new route with a body is added here (the coordinator's
 * test at the end fails with 400 until it is).
 */
const VALID_BODIES: Record<string, object> = {
  'POST /api/admin/users/:id/suspend': { reason: 'Sent offensive messages' },
  'POST /api/admin/users/:id/erase': { reason: 'She asked for it by email' },
  'POST /api/admin/profiles/:userId/approve': { submittedAt: '2026-01-01T10:00:00.000Z' },
  'POST /api/admin/profiles/:userId/reject': {
    reason: 'Please describe your work in Danish.',
    submittedAt: '2026-01-01T10:00:00.000Z',
  },
  'POST /api/admin/reports/:id/resolve': { reason: 'Talked to both of them.' },
  'PUT /api/admin/programme': DEFAULT_PROGRAMME_RULES,
  'POST /api/admin/waiting/:id/suggestions': { mentorIds: [randomUUID()] },
  'PUT /api/admin/surveys/:form': {
    intro: DEFAULT_SURVEYS.mentee_start.intro,
    questions: DEFAULT_SURVEYS.mentee_start.questions,
  },
};

/** Path parameters that are names, not ids: a value the route knows. */
const KNOWN_PARAMS: Record<string, string> = { ':form': 'mentee_start' };

/** Routes whose ids are numbers (a row of a log or queue), not uuids. */
const NUMBER_IDS = new Set(['POST /api/admin/outbox/:id/retry']);

const name = (route: RouteRef) => `${route.method} ${route.url}`;

/** The route as a caller would reach it: every path parameter a real, unknown id. */
function call(route: RouteRef, session?: Pick<IssuedSession, 'accessToken'>) {
  const path = route.url.replace(
    /:[A-Za-z]+/g,
    (param) => KNOWN_PARAMS[param] ?? (NUMBER_IDS.has(name(route)) ? '987654321' : randomUUID()),
  );
  const req =
    t.http[route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path);
  if (session) void req.set(auth(session));
  const body = VALID_BODIES[name(route)];
  return body === undefined ? req : req.send(body);
}

let mentee: IssuedSession;
let mentor: IssuedSession;
let admin: IssuedSession;
beforeAll(async () => {
  [mentee, mentor, admin] = await Promise.all([
    registerAndLogin(t, { role: 'mentee' }),
    registerAndLogin(t, { role: 'mentor' }),
    createAdminAndLogin(t),
  ]);
});

describe('the routes under /api/admin', () => {
  it('are found, the known ones among them', () => {
    expect(routes.map(name)).toEqual(
      expect.arrayContaining([
        'GET /api/admin/audit',
        'GET /api/admin/profiles',
        'POST /api/admin/profiles/:userId/approve',
        'POST /api/admin/profiles/:userId/reject',
        'GET /api/admin/programme',
        'PUT /api/admin/programme',
        'GET /api/admin/reports',
        'POST /api/admin/reports/:id/resolve',
        'GET /api/admin/users',
        'POST /api/admin/users/:id/suspend',
        'POST /api/admin/users/:id/reinstate',
      ]),
    );
  });

  it("are read from the router's tree however it splits the paths", async () => {
    const app = Fastify();
    const ok = async () => ({ ok: true });
    app.get('/api/admin/items', ok);
    app.put('/api/admin/items', ok);
    app.post('/api/admin/items/:id/archive', ok);
    app.get('/api/admin/itemsets', ok);
    app.delete('/api/admin/i/:itemId', ok);
    app.get('/api/mentors/:id', ok);
    await app.ready();
    expect(routesUnder(app, '/api/admin').map(name).sort()).toEqual([
      'DELETE /api/admin/i/:itemId',
      'GET /api/admin/items',
      'GET /api/admin/itemsets',
      'POST /api/admin/items/:id/archive',
      'PUT /api/admin/items',
    ]);
    await app.close();
  });

  describe.each(routes.map((route) => [name(route), route] as const))('%s', (_name, route) => {
    it('answers 401 without a session', async () => {
      const res = await call(route).expect(401);
      expect(res.body.error.code).toBe('unauthorized');
    });

    it('answers 403 to a mentee', async () => {
      const res = await call(route, mentee).expect(403);
      expect(res.body.error.code).toBe('forbidden');
    });

    it('answers 403 to a mentor', async () => {
      const res = await call(route, mentor).expect(403);
      expect(res.body.error.code).toBe('forbidden');
    });

    // Proves the requests above were valid: a coordinator gets past the guard and validation.
    it('lets a coordinator through with the same request', async () => {
      const res = await call(route, admin);
      expect([200, 204, 404]).toContain(res.status);
    });
  });
});
