import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countUsers } from '../../src/modules/users/users.repository';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, seedDemoIfEmpty } from '../../src/demo/seed-demo';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
const messages: string[] = [];
const log = { info: (message: string) => messages.push(message) };
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo data on an empty database', () => {
  it('loads 60 mentors, 80 mentees and a coordinator, and prints the login', async () => {
    expect(await seedDemoIfEmpty(t.app.db, log)).toBe(true);
    expect(await countUsers(t.app.db)).toBe(141);
    expect(messages.join('\n')).toContain(DEMO_ADMIN_EMAIL);
    expect(messages.join('\n')).toContain(DEMO_PASSWORD);
  });

  it('lets the printed coordinator login in', async () => {
    const res = await t.http
      .post('/api/auth/login')
      .send({ email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD })
      .expect(200);
    expect(res.body.user.role).toBe('admin');
  });

  it('does nothing on a database that already has users', async () => {
    expect(await seedDemoIfEmpty(t.app.db, log)).toBe(false);
    expect(await countUsers(t.app.db)).toBe(141);
  });
});
