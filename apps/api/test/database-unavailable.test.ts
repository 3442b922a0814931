import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../src/db/client';
import { AppError } from '../src/lib/errors';
import { registerAndLogin } from './helpers/accounts';
import { auth } from './helpers/profiles';
import { createTestApp } from './helpers/test-app';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const failedQuery = (cause: Error) => new DrizzleQueryError('select 1', [], cause);

describe('a database that cannot be reached', () => {
  it('is answered 503 service_unavailable with Retry-After, never 500', async () => {
    const t = await createTestApp();
    try {
      const member = await registerAndLogin(t);
      await t.database.handle.close();

      const me = await t.http.get('/api/me').set(auth(member)).expect(503);
      expect(me.headers['retry-after']).toBe('5');
      expect(me.body).toEqual({
        error: { code: 'service_unavailable', message: 'Please try again shortly.' },
      });
      const login = await t.http
        .post('/api/auth/login')
        .send({ email: member.email, password: member.password })
        .expect(503);
      expect(login.body.error.code).toBe('service_unavailable');

      // The browser's refresh cookie outlives the outage: it is not cleared by a 503.
      const refresh = await t.http
        .post('/api/auth/refresh')
        .set('cookie', `mb_refresh=${member.refreshToken}`)
        .expect(503);
      expect(refresh.headers['set-cookie']).toBeUndefined();
    } finally {
      await t.close();
    }
  });
});

describe('which failures mean "the database is not there"', () => {
  const unavailable: [string, unknown][] = [
    ['a restart ending every session (57P01)', withCode('terminating connection', '57P01')],
    ['a server still starting (57P03)', withCode('the database system is starting up', '57P03')],
    ['too many connections (53300)', withCode('sorry, too many clients already', '53300')],
    ['a connection exception (08006)', withCode('connection failure', '08006')],
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a connection that died under a query', new Error('Connection terminated unexpectedly')],
    [
      'the pool waiting too long for a connection',
      new Error('timeout exceeded when trying to connect'),
    ],
    ['a closed pool', new Error('Cannot use a pool after calling end on the pool')],
    ['a closed embedded database', new Error('PGlite is closed')],
    [
      'a failed rollback after the connection was lost, wrapped by drizzle',
      failedQuery(new Error('Client has encountered a connection error and is not queryable')),
    ],
    [
      'every address of a host refusing',
      new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], 'failed'),
    ],
  ];
  const other: [string, unknown][] = [
    ['a unique violation (23505)', failedQuery(withCode('duplicate key', '23505'))],
    ['a missing relation (42P01)', withCode('relation "x" does not exist', '42P01')],
    ['a statement timeout (57014)', withCode('canceling statement', '57014')],
    ['a serialization failure (40001)', withCode('could not serialize access', '40001')],
    ['a refusal of the app', new AppError(409, 'invalid_transition', 'No.')],
    ['something that is not an error', 'Connection terminated'],
  ];

  it.each(unavailable)('%s is unavailable (503)', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each(other)('%s is not (it stays what it was)', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
