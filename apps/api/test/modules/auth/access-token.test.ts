import { createSigner } from 'fast-jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAndLogin } from '../../helpers/accounts';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from '../../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const me = (token: string) => t.http.get('/api/me').set('authorization', `Bearer ${token}`);

describe('access tokens on GET /api/me', () => {
  it('returns the signed-in user', async () => {
    const session = await registerAndLogin(t, { name: 'Hodan Warsame' });
    const res = await me(session.accessToken).expect(200);
    expect(res.body).toMatchObject({ id: session.user.id, name: 'Hodan Warsame', role: 'mentee' });
  });

  it('answers 401 without a token', async () => {
    const res = await t.http.get('/api/me').expect(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  it('refuses a token past its 15 minutes with token_expired', async () => {
    const session = await registerAndLogin(t);
    t.clock.advance(14 * 60_000);
    await me(session.accessToken).expect(200);
    t.clock.advance(2 * 60_000);
    const res = await me(session.accessToken).expect(401);
    expect(res.body.error.code).toBe('token_expired');
  });

  it('refuses a token signed with another secret', async () => {
    const session = await registerAndLogin(t);
    const forge = createSigner({
      key: 'someone-elses-secret-that-is-long-enough',
      algorithm: 'HS256',
    });
    const forged = forge({ sub: session.user.id, role: 'admin' });
    const res = await me(forged).expect(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  it('refuses an unsigned ("alg": "none") token', async () => {
    const session = await registerAndLogin(t);
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: session.user.id, role: 'admin' })).toString(
      'base64url',
    );
    await me(`${header}.${payload}.`).expect(401);
  });

  it('refuses a correctly signed token for a user who does not exist', async () => {
    const sign = createSigner({ key: TEST_JWT_SECRET, algorithm: 'HS256' });
    await me(sign({ sub: '00000000-0000-4000-8000-000000000000', role: 'admin' })).expect(401);
    await me(sign({ sub: "1' or '1'='1", role: 'admin' })).expect(401);
  });

  it('refuses a malformed Authorization header', async () => {
    await t.http.get('/api/me').set('authorization', 'Bearer').expect(401);
    await t.http.get('/api/me').set('authorization', 'Basic YWJjOmRlZg==').expect(401);
    await me('not.a.jwt').expect(401);
  });
});
