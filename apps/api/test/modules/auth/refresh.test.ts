import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REUSE_GRACE_MS, type IssuedSession } from '../../../src/modules/auth/auth.service';
import { registerAndLogin } from '../../helpers/accounts';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const DAY = 86_400_000;

function refresh(token: string) {
  return t.http.post('/api/auth/refresh').send({ refreshToken: token });
}

function cookieOf(res: { headers: Record<string, unknown> }): string {
  const header = ([] as string[]).concat((res.headers['set-cookie'] as string[] | undefined) ?? []);
  const value = /mb_refresh=([^;]*)/.exec(header.join(';'))?.[1];
  if (!value) throw new Error('no refresh cookie set');
  return value;
}

describe('POST /api/auth/refresh', () => {
  it('rotates: a new access and refresh token, and the new access token works', async () => {
    const session = await registerAndLogin(t);
    const next = (await refresh(session.refreshToken).expect(200)).body as IssuedSession;
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect(next.user.id).toBe(session.user.id);
    await t.http.get('/api/me').set('authorization', `Bearer ${next.accessToken}`).expect(200);
  });

  it('takes the token from the cookie and keeps the new one out of the body', async () => {
    const session = await registerAndLogin(t);
    const res = await t.http
      .post('/api/auth/refresh')
      .set('cookie', `mb_refresh=${session.refreshToken}`)
      .expect(200);
    expect(res.body).not.toHaveProperty('refreshToken');
    expect(res.body.accessToken).toEqual(expect.any(String));
    const rotated = cookieOf(res);
    expect(rotated).not.toBe(session.refreshToken);
    await t.http.post('/api/auth/refresh').set('cookie', `mb_refresh=${rotated}`).expect(200);
  });

  it('treats a used token presented again later as theft and revokes the whole family', async () => {
    const session = await registerAndLogin(t);
    const rotated = (await refresh(session.refreshToken).expect(200)).body as IssuedSession;
    t.clock.advance(REUSE_GRACE_MS + 1_000);

    const replay = await refresh(session.refreshToken);
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('invalid_refresh_token');

    // The legitimate holder's newer token is revoked too: both must log in again.
    await refresh(rotated.refreshToken).expect(401);
  });

  it('refuses a reuse within seconds without ending the session: two tabs racing', async () => {
    const session = await registerAndLogin(t);
    const rotated = (await refresh(session.refreshToken).expect(200)).body as IssuedSession;
    await refresh(session.refreshToken).expect(401);
    await refresh(rotated.refreshToken).expect(200);
  });

  it('lets exactly one of many simultaneous refreshes with one token succeed', async () => {
    const session = await registerAndLogin(t);
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => refresh(session.refreshToken)),
    );
    const winners = answers.filter((res) => res.status === 200);
    expect(winners).toHaveLength(1);
    expect(answers.filter((res) => res.status === 401)).toHaveLength(5);
    const winner = winners[0]?.body as IssuedSession;
    await refresh(winner.refreshToken).expect(200);
  });

  it('keeps other sessions of the same user alive when one family is revoked', async () => {
    const session = await registerAndLogin(t);
    const other = (
      await t.http
        .post('/api/auth/login')
        .send({ email: session.email, password: session.password })
        .expect(200)
    ).body as IssuedSession;
    await refresh(session.refreshToken).expect(200);
    t.clock.advance(REUSE_GRACE_MS + 1_000);
    await refresh(session.refreshToken).expect(401);
    await refresh(other.refreshToken).expect(200);
  });

  it('refuses a refresh token past its 30 days', async () => {
    const session = await registerAndLogin(t);
    t.clock.advance(30 * DAY + 1_000);
    await refresh(session.refreshToken).expect(401);
  });

  it('refuses an unknown token, and a request without any token', async () => {
    await refresh('not-a-token-we-issued').expect(401);
    const res = await t.http.post('/api/auth/refresh').expect(401);
    expect(res.body.error.code).toBe('invalid_refresh_token');
  });
});

describe('POST /api/auth/logout', () => {
  it('answers 204 and revokes the refresh token', async () => {
    const session = await registerAndLogin(t);
    await t.http.post('/api/auth/logout').send({ refreshToken: session.refreshToken }).expect(204);
    await refresh(session.refreshToken).expect(401);
  });

  it('logs out with only the cookie and clears it', async () => {
    const session = await registerAndLogin(t);
    const res = await t.http
      .post('/api/auth/logout')
      .set('cookie', `mb_refresh=${session.refreshToken}`)
      .expect(204);
    expect(String(res.headers['set-cookie'])).toMatch(/mb_refresh=;/);
    await refresh(session.refreshToken).expect(401);
  });

  it('answers 204 even without a token, so logging out always works', async () => {
    await t.http.post('/api/auth/logout').expect(204);
  });
});
