import { DEFAULT_PROGRAMME_RULES } from '@mentorbro/core/programme';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedSession } from '../../../src/modules/auth/auth.service';
import { createAdminAndLogin } from '../../helpers/accounts';
import { auth } from '../../helpers/profiles';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let admin: IssuedSession;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createAdminAndLogin(t);
});
afterAll(() => t.close());

describe('values the schema must refuse before the database sees them', () => {
  it('refuses a NUL character in a user search with 400, not 500', async () => {
    await t.http.get('/api/admin/users?q=a%00b').set(auth(admin)).expect(400);
  });

  it.each(['9223372036854775807', '99999999999999999999', '1e21'])(
    'refuses an audit cursor beyond a safe integer (%s) with 400',
    async (before) => {
      await t.http.get(`/api/admin/audit?before=${before}`).set(auth(admin)).expect(400);
    },
  );

  it('refuses a programme name with a control character with 400', async () => {
    const res = await t.http
      .put('/api/admin/programme')
      .set(auth(admin))
      .send({ ...DEFAULT_PROGRAMME_RULES, name: 'Ab\u0000c' })
      .expect(400);
    expect(res.body.error.details[0]).toMatchObject({ field: '/name' });
  });
});
