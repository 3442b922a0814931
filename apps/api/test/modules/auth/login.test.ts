import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRegistration } from '../../helpers/accounts';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
const member = newRegistration();
beforeAll(async () => {
  t = await createTestApp();
  await t.http.post('/api/auth/register').send(member).expect(201);
});
afterAll(() => t.close());

describe('POST /api/auth/login', () => {
  it('returns a 15-minute access token, a refresh token and the user', async () => {
    const res = await t.http
      .post('/api/auth/login')
      .send({ email: member.email, password: member.password })
      .expect(200);
    expect(res.body).toMatchObject({
      accessToken: expect.any(String),
      expiresIn: 900,
      refreshToken: expect.any(String),
      user: { email: member.email, role: 'mentee' },
    });
    const [, payload] = (res.body.accessToken as string).split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as {
      iat: number;
      exp: number;
    };
    expect(claims.exp - claims.iat).toBe(900);
  });

  it('sets the refresh token as an httpOnly, SameSite=Strict cookie scoped to /api/auth', async () => {
    const res = await t.http
      .post('/api/auth/login')
      .send({ email: member.email, password: member.password })
      .expect(200);
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).join(';');
    expect(cookie).toContain(`mb_refresh=${res.body.refreshToken as string}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/auth/i);
  });

  it('refuses a NUL character in the email with 400, never a 500', async () => {
    const res = await t.http
      .post('/api/auth/login')
      .send({ email: 'nul\u0000@example.dk', password: member.password });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toContainEqual(
      expect.objectContaining({ field: '/email', rule: 'pattern' }),
    );
  });

  it('accepts the email in any case', async () => {
    await t.http
      .post('/api/auth/login')
      .send({ email: member.email.toUpperCase(), password: member.password })
      .expect(200);
  });

  it('answers an unknown email and a wrong password identically', async () => {
    const wrongPassword = await t.http
      .post('/api/auth/login')
      .send({ email: member.email, password: 'not the password' });
    const unknownEmail = await t.http
      .post('/api/auth/login')
      .send({ email: 'nobody@example.dk', password: member.password });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(unknownEmail.body).toEqual(wrongPassword.body);
    expect(wrongPassword.body.error.code).toBe('invalid_credentials');
    expect(unknownEmail.headers['set-cookie']).toBeUndefined();
  });
});

describe('password storage', () => {
  it('hashes with argon2id at OWASP parameters (19 MiB, 2 iterations, 1 lane)', async () => {
    const { hashPassword } = await import('../../../src/modules/auth/password');
    expect(await hashPassword('a long enough password')).toMatch(
      /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/,
    );
  });
});
