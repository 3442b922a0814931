import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminAndLogin, registerAndLogin } from '../../helpers/accounts';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    extend: (app) => {
      // Routes declared only for this test, the way feature routes declare the guard.
      app.get('/api/test/admins', { onRequest: app.guard('admin') }, async () => ({ ok: true }));
      app.get('/api/test/members', { onRequest: app.guard('mentee', 'mentor') }, async () => ({
        ok: true,
      }));
    },
  });
});
afterAll(() => t.close());

const get = (path: string, token?: string) => {
  const req = t.http.get(path);
  return token ? req.set('authorization', `Bearer ${token}`) : req;
};

describe('the role guard', () => {
  it('lets an admin through to an admin route', async () => {
    const admin = await createAdminAndLogin(t);
    expect(admin.user.role).toBe('admin');
    await get('/api/test/admins', admin.accessToken).expect(200);
  });

  it('answers 403 to a mentee or mentor on an admin route', async () => {
    const mentee = await registerAndLogin(t, { role: 'mentee' });
    const mentor = await registerAndLogin(t, { role: 'mentor' });
    const res = await get('/api/test/admins', mentee.accessToken).expect(403);
    expect(res.body.error.code).toBe('forbidden');
    await get('/api/test/admins', mentor.accessToken).expect(403);
  });

  it('answers 401 to an anonymous caller before judging the role', async () => {
    await get('/api/test/admins').expect(401);
  });

  it('allows a list of roles', async () => {
    const mentor = await registerAndLogin(t, { role: 'mentor' });
    const admin = await createAdminAndLogin(t);
    await get('/api/test/members', mentor.accessToken).expect(200);
    await get('/api/test/members', admin.accessToken).expect(403);
  });

  it('lets every role read its own /api/me', async () => {
    const admin = await createAdminAndLogin(t);
    const res = await get('/api/me', admin.accessToken).expect(200);
    expect(res.body.role).toBe('admin');
  });
});
