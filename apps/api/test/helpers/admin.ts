import { randomUUID } from 'node:crypto';
import type { AuditEntry, AuditPage } from '@mentorbro/core/admin';
import { DEFAULT_PROGRAMME_RULES, type ProgrammeRules } from '@mentorbro/core/programme';
import type { Role } from '@mentorbro/core/user';
import type { FastifyInstance } from 'fastify';
import { programmes } from '../../src/db/schema';
import type { IssuedSession } from '../../src/modules/auth/auth.service';
import { hashPassword } from '../../src/modules/auth/password';
import {
  defaultProgramme,
  type ProgrammeRow,
} from '../../src/modules/programmes/programmes.repository';
import { insertUser, type UserRow } from '../../src/modules/users/users.repository';
import { auth } from './profiles';
import type { TestApp } from './test-app';

let counter = 0;
const unique = () => `${++counter}-${randomUUID().slice(0, 8)}`;

/** A second programme, written straight to the table: no route creates programmes. */
export async function insertProgramme(
  t: TestApp,
  rules: Partial<ProgrammeRules> = {},
): Promise<ProgrammeRow> {
  const [row] = await t.app.db
    .insert(programmes)
    .values({ slug: `other-${unique()}`, ...DEFAULT_PROGRAMME_RULES, ...rules })
    .returning();
  if (!row) throw new Error('programme insert returned nothing');
  return row;
}

/**
 * A member written straight to the table, for tests that only need her to exist (search,
 * suspension, another programme): no argon2 work, and she cannot log in.
 */
export async function insertMember(
  t: TestApp,
  member: { name: string; role?: Role; email?: string; programmeId?: string },
): Promise<UserRow> {
  const row = await insertUser(t.app.db, {
    email: member.email ?? `inserted-${unique()}@example.dk`,
    name: member.name,
    role: member.role ?? 'mentee',
    locale: 'da',
    passwordHash: 'not a password hash',
    programmeId: member.programmeId ?? (await defaultProgramme(t.app.db)).id,
    termsAcceptedAt: t.clock.now(),
  });
  if (!row) throw new Error('member insert returned nothing');
  return row;
}

/** A coordinator of the given programme, logged in over HTTP. */
export async function adminOfProgrammeAndLogin(
  t: TestApp,
  programmeId: string,
): Promise<IssuedSession> {
  const email = `coordinator-${unique()}@example.dk`;
  const password = 'a long enough password';
  await insertUser(t.app.db, {
    email,
    name: 'Lene Andersen',
    role: 'admin',
    locale: 'da',
    passwordHash: await hashPassword(password),
    programmeId,
    termsAcceptedAt: t.clock.now(),
  });
  const login = await t.http.post('/api/auth/login').send({ email, password }).expect(200);
  return login.body as IssuedSession;
}

/** One page of the audit log as a coordinator reads it. */
export async function auditPage(
  t: TestApp,
  admin: Pick<IssuedSession, 'accessToken'>,
  query: { limit?: number; before?: number } = {},
): Promise<AuditPage> {
  const res = await t.http.get('/api/admin/audit').query(query).set(auth(admin)).expect(200);
  return res.body as AuditPage;
}

/** The entries about one member, newest first (from the newest 200 of the log). */
export async function auditAbout(
  t: TestApp,
  admin: Pick<IssuedSession, 'accessToken'>,
  subjectId: string,
): Promise<AuditEntry[]> {
  const page = await auditPage(t, admin, { limit: 200 });
  return page.entries.filter((entry) => entry.subject?.id === subjectId);
}

export interface RouteRef {
  method: string;
  url: string;
}

/**
 * Every route the router holds under a prefix, read from `printRoutes`. Routes are registered
 * by the time a test can reach the app, so an onRoute hook added then sees none; the printed
 * radix tree is the router's own list. A line is a node: its text continues its parent's.
 * HEAD is left out: Fastify adds it to every GET.
 */
export function routesUnder(app: FastifyInstance, prefix: string): RouteRef[] {
  const line = /^((?:[│ ] {3})*)[├└]── (\S+?)(?: \(([A-Z, ]+)\))?$/;
  const paths: string[] = [];
  const routes: RouteRef[] = [];
  for (const text of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = line.exec(text);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    const url = (depth > 0 ? (paths[depth - 1] ?? '') : '') + (match[2] ?? '');
    paths.length = depth;
    paths.push(url);
    if (!url.startsWith(prefix)) continue;
    for (const method of (match[3] ?? '').split(', ')) {
      if (method !== '' && method !== 'HEAD') routes.push({ method, url });
    }
  }
  return routes;
}
