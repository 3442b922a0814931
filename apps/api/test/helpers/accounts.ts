import type { RegisterBody } from '@mentorbro/core/auth';
import type { IssuedSession } from '../../src/modules/auth/auth.service';
import { createAdmin } from '../../src/modules/users/users.service';
import type { TestApp } from './test-app';

let counter = 0;

/** A valid registration with a unique email, so tests never collide on the same database. */
export function newRegistration(overrides: Partial<RegisterBody> = {}): RegisterBody {
  counter += 1;
  return {
    email: `member${counter}.${Date.now()}@example.dk`,
    password: 'a long enough password',
    name: 'Amina Hassan',
    role: 'mentee',
    locale: 'da',
    acceptedTerms: true,
    declaresWoman: true,
    ...overrides,
  };
}

/** Registers through HTTP and logs in; returns the session. */
export async function registerAndLogin(
  t: TestApp,
  overrides: Partial<RegisterBody> = {},
): Promise<IssuedSession & { password: string; email: string }> {
  const body = newRegistration(overrides);
  await t.http.post('/api/auth/register').send(body).expect(201);
  const login = await t.http
    .post('/api/auth/login')
    .send({ email: body.email, password: body.password })
    .expect(200);
  return { ...(login.body as IssuedSession), password: body.password, email: body.email };
}

/** Admins cannot register over HTTP; tests create them the way `pnpm admin:create` does. */
export async function createAdminAndLogin(t: TestApp): Promise<IssuedSession> {
  counter += 1;
  const email = `admin${counter}.${Date.now()}@example.dk`;
  const password = 'a long enough password';
  await createAdmin(t.app.db, t.clock, { email, name: 'Sara Holm', password, locale: 'da' });
  const login = await t.http.post('/api/auth/login').send({ email, password }).expect(200);
  return login.body as IssuedSession;
}
