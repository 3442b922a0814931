import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterWrongPassword, LOCKOUT, type LoginFailures } from '../../src/modules/auth/lockout';
import { newRegistration } from '../helpers/accounts';
import { createTestApp, type TestApp } from '../helpers/test-app';

const MINUTE = 60_000;

describe('the lockout after wrong passwords', () => {
  const start = new Date('2026-11-24T10:00:00Z');
  const fresh: LoginFailures = { failedLogins: 0, lastFailedLoginAt: null, loginLockedUntil: null };
  const wrongTimes = (n: number, everyMs = 1000) => {
    let state = fresh;
    for (let i = 0; i < n; i++)
      state = afterWrongPassword(state, new Date(start.getTime() + i * everyMs));
    return state;
  };

  it('locks nothing for the first four', () => {
    expect(wrongTimes(4)).toMatchObject({ failedLogins: 4, loginLockedUntil: null });
  });

  it('locks for a minute at the fifth, doubling with each more, never beyond 15 minutes', () => {
    const lockMinutes = [5, 6, 7, 8, 9, 12].map((n) => {
      const state = wrongTimes(n);
      const last = start.getTime() + (n - 1) * 1000;
      return ((state.loginLockedUntil?.getTime() ?? last) - last) / MINUTE;
    });
    expect(lockMinutes).toEqual([1, 2, 4, 8, 15, 15]);
  });

  it('forgets the wrong passwords after a quiet hour', () => {
    const state = afterWrongPassword(
      wrongTimes(4),
      new Date(start.getTime() + 3000 + LOCKOUT.forgetAfterMs),
    );
    expect(state.failedLogins).toBe(1);
  });
});

describe('POST /api/auth/login when an account gets wrong passwords', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  async function member() {
    const body = newRegistration();
    await t.http.post('/api/auth/register').send(body).expect(201);
    return body;
  }
  const login = (email: string, password: string, cookie?: string) => {
    const req = t.http.post('/api/auth/login').send({ email, password });
    return cookie ? req.set('cookie', cookie) : req;
  };
  const wrong = async (email: string, times: number) => {
    for (let i = 0; i < times; i++) await login(email, 'not her password at all').expect(401);
  };

  it('refuses even the right password from a new browser for a minute after five wrong ones', async () => {
    const her = await member();
    await wrong(her.email, 5);
    const locked = await login(her.email, her.password).expect(429);
    expect(locked.body.error.code).toBe('too_many_requests');
    expect(locked.headers['retry-after']).toBe('60');

    t.clock.advance(61_000);
    await login(her.email, her.password).expect(200);
    // The right password forgot them: one more wrong one does not lock again.
    await wrong(her.email, 1);
    await login(her.email, her.password).expect(200);
  });

  it('still lets in the browser she logged in from before', async () => {
    const her = await member();
    const earlier = await login(her.email, her.password).expect(200);
    const cookies = ([] as string[]).concat(earlier.headers['set-cookie'] ?? []);
    const note = cookies.find((cookie) => cookie.startsWith('mb_browser='));
    expect(note).toMatch(/HttpOnly/i);
    expect(note).toMatch(/SameSite=Strict/i);
    const browser = note?.split(';')[0] ?? '';

    await wrong(her.email, 5);
    await login(her.email, her.password).expect(429);
    await login(her.email, her.password, browser).expect(200);
  });

  it('does not trust a note forged for her account', async () => {
    const her = await member();
    const login1 = await login(her.email, her.password).expect(200);
    const id = (login1.body as { user: { id: string } }).user.id;
    await wrong(her.email, 5);
    await login(her.email, her.password, `mb_browser=${id}.forged-signature`).expect(429);
  });

  it('is not made longer by tries while it is locked', async () => {
    const her = await member();
    await wrong(her.email, 5);
    for (let i = 0; i < 10; i++) await login(her.email, 'still not it').expect(429);
    t.clock.advance(61_000);
    await login(her.email, her.password).expect(200);
  });

  it('counts wrong passwords given to delete her account, as at login', async () => {
    const body = await member();
    const session = await login(body.email, body.password).expect(200);
    const token = (session.body as { accessToken: string }).accessToken;
    for (let i = 0; i < 5; i++) {
      await t.http
        .delete('/api/me')
        .set('authorization', `Bearer ${token}`)
        .send({ password: `guess ${i}` })
        .expect(403);
    }
    await login(body.email, body.password).expect(429);
  });

  it('answers an unknown email as before, with no lock to reveal it', async () => {
    for (let i = 0; i < 7; i++) {
      const res = await login(`nobody-${i}@example.dk`, 'whatever it is').expect(401);
      expect(res.body.error.code).toBe('invalid_credentials');
    }
  });
});
