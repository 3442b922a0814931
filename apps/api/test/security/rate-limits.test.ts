import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '../../src/plugins/rate-limit';
import { newRegistration, registerAndLogin } from '../helpers/accounts';
import { auth } from '../helpers/profiles';
import { membersOf, requestBody } from '../helpers/requests';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  // Behind a proxy that says who the client is, so each test can be its own address.
  t = await createTestApp({ env: { RATE_LIMITS: 'true', TRUST_PROXY: 'true' } });
});
afterAll(() => t.close());

let addresses = 0;
const newAddress = () => `198.51.100.${++addresses}`;

function expectLimited(res: { status: number; headers: Record<string, string>; body: unknown }) {
  expect(res.status).toBe(429);
  expect(res.body).toEqual({
    error: { code: 'too_many_requests', message: expect.any(String) },
  });
  expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
}

describe('rate limits', () => {
  it('limit logins to one account however many addresses they come from', async () => {
    const email = `target-${Date.now()}@example.dk`;
    const { max } = RATE_LIMITS.login.perAccount;
    for (let i = 0; i < max; i++) {
      await t.http
        .post('/api/auth/login')
        .set('x-forwarded-for', newAddress())
        .send({ email, password: `guess number ${i}` })
        .expect(401);
    }
    expectLimited(
      await t.http
        .post('/api/auth/login')
        .set('x-forwarded-for', newAddress())
        .send({ email, password: 'one more guess' }),
    );
  });

  it('never shut out the browser she logged in from, however many tries strangers make', async () => {
    const her = await registerAndLogin(t);
    const earlier = await t.http
      .post('/api/auth/login')
      .set('x-forwarded-for', newAddress())
      .send({ email: her.email, password: her.password })
      .expect(200);
    const note = ([] as string[])
      .concat(earlier.headers['set-cookie'] ?? [])
      .find((cookie) => cookie.startsWith('mb_browser='))
      ?.split(';')[0];
    for (let i = 0; i <= RATE_LIMITS.login.perAccount.max; i++) {
      const res = await t.http
        .post('/api/auth/login')
        .set('x-forwarded-for', newAddress())
        .send({ email: ` ${her.email.toUpperCase()} `, password: `guess ${i}` });
      expect([401, 429]).toContain(res.status);
    }
    await t.http
      .post('/api/auth/login')
      .set('x-forwarded-for', newAddress())
      .set('cookie', note ?? '')
      .send({ email: her.email, password: her.password })
      .expect(200);
  });

  it('limit logins from one address however many accounts they try', async () => {
    const address = newAddress();
    const { max } = RATE_LIMITS.login.perAddress;
    for (let i = 0; i < max; i++) {
      await t.http
        .post('/api/auth/login')
        .set('x-forwarded-for', address)
        .send({ email: `sprayed-${i}@example.dk`, password: 'a common password' })
        .expect(401);
    }
    expectLimited(
      await t.http
        .post('/api/auth/login')
        .set('x-forwarded-for', address)
        .send({ email: 'sprayed-last@example.dk', password: 'a common password' }),
    );
    // Another address is not affected.
    await t.http
      .post('/api/auth/login')
      .set('x-forwarded-for', newAddress())
      .send({ email: 'sprayed-last@example.dk', password: 'a common password' })
      .expect(401);
  });

  it('count an IPv6 client by its /64, however many addresses she takes from it', async () => {
    const { max } = RATE_LIMITS.register.perAddress;
    for (let i = 1; i <= max; i++) {
      await t.http
        .post('/api/auth/register')
        .set('x-forwarded-for', `2001:db8:1:2::${i.toString(16)}`)
        .send(newRegistration())
        .expect(201);
    }
    expectLimited(
      await t.http
        .post('/api/auth/register')
        .set('x-forwarded-for', '2001:db8:1:2:ffff::1')
        .send(newRegistration()),
    );
  });

  it('limit registrations from one address', async () => {
    const address = newAddress();
    for (let i = 0; i < RATE_LIMITS.register.perAddress.max; i++) {
      await t.http
        .post('/api/auth/register')
        .set('x-forwarded-for', address)
        .send(newRegistration())
        .expect(201);
    }
    expectLimited(
      await t.http
        .post('/api/auth/register')
        .set('x-forwarded-for', address)
        .send(newRegistration()),
    );
  });

  it('limit refreshes with one token', async () => {
    const address = newAddress();
    for (let i = 0; i < RATE_LIMITS.refresh.perAccount.max; i++) {
      await t.http
        .post('/api/auth/refresh')
        .set('x-forwarded-for', address)
        .send({ refreshToken: 'a stolen or stale token' })
        .expect(401);
    }
    expectLimited(
      await t.http
        .post('/api/auth/refresh')
        .set('x-forwarded-for', newAddress())
        .send({ refreshToken: 'a stolen or stale token' }),
    );
  });

  it('limit the requests one mentee sends, refused ones included', async () => {
    const members = membersOf(t);
    const mentee = await members.mentee();
    const mentor = await members.mentor();
    for (let i = 0; i < RATE_LIMITS.matchRequest.perAccount.max; i++) {
      const res = await t.http
        .post('/api/requests')
        .set(auth(mentee))
        .set('x-forwarded-for', newAddress())
        .send(requestBody(mentor.user.id));
      expect([201, 409]).toContain(res.status);
    }
    expectLimited(
      await t.http
        .post('/api/requests')
        .set(auth(mentee))
        .set('x-forwarded-for', newAddress())
        .send(requestBody(mentor.user.id)),
    );
  });

  it('limit the passwords tried to delete an account, so a borrowed phone cannot guess it', async () => {
    const her = await registerAndLogin(t);
    for (let i = 0; i < RATE_LIMITS.accountDeletion.perAccount.max; i++) {
      await t.http
        .delete('/api/me')
        .set(auth(her))
        .set('x-forwarded-for', newAddress())
        .send({ password: `guess number ${i}` })
        .expect(403);
    }
    expectLimited(
      await t.http
        .delete('/api/me')
        .set(auth(her))
        .set('x-forwarded-for', newAddress())
        .send({ password: her.password }),
    );
    await t.http.get('/api/me').set(auth(her)).expect(200);
  });
});
