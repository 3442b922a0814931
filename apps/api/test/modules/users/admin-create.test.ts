import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdmin } from '../../../src/modules/users/users.service';
import { insertProgramme } from '../../helpers/admin';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('creating a coordinator (pnpm admin:create)', () => {
  it('creates an admin who can log in over HTTP', async () => {
    const password = 'koordinator-password';
    await createAdmin(t.app.db, t.clock, {
      email: 'Sara@Example.dk',
      name: ' Sara Holm ',
      password,
      locale: 'da',
    });
    const res = await t.http
      .post('/api/auth/login')
      .send({ email: 'sara@example.dk', password })
      .expect(200);
    expect(res.body.user).toMatchObject({ role: 'admin', name: 'Sara Holm' });
  });

  it.each([
    ['a short password', { password: 'short' }, /10 to 128/],
    ['a bad email', { email: 'sara' }, /email/],
    ['an empty name', { name: '  ' }, /name/],
  ])('refuses %s', async (_label, change, message) => {
    const admin = {
      email: 'ok@example.dk',
      name: 'Ok',
      password: 'long enough pw',
      locale: 'da' as const,
    };
    await expect(createAdmin(t.app.db, t.clock, { ...admin, ...change })).rejects.toThrow(message);
  });

  it('refuses an email that already has an account', async () => {
    const admin = {
      email: 'twice@example.dk',
      name: 'Twice',
      password: 'long enough pw',
      locale: 'en' as const,
    };
    await createAdmin(t.app.db, t.clock, admin);
    await expect(createAdmin(t.app.db, t.clock, admin)).rejects.toThrow(/already/);
  });

  it('makes her the coordinator of the programme she is given, and refuses an unknown one', async () => {
    const other = await insertProgramme(t);
    const password = 'koordinator-password';
    const admin = await createAdmin(t.app.db, t.clock, {
      email: 'lina@example.dk',
      name: 'Lina Berg',
      password,
      locale: 'da',
      programme: other.slug,
    });
    expect(admin.programmeId).toBe(other.id);
    await expect(
      createAdmin(t.app.db, t.clock, {
        email: 'nora@example.dk',
        name: 'Nora',
        password,
        locale: 'da',
        programme: 'no-such-programme',
      }),
    ).rejects.toThrow(/no programme/);
  });
});
