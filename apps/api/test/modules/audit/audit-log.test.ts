import type { AuditEntry } from '@mentorbro/core/admin';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedSession } from '../../../src/modules/auth/auth.service';
import type { UserRow } from '../../../src/modules/users/users.repository';
import { createAdminAndLogin } from '../../helpers/accounts';
import {
  adminOfProgrammeAndLogin,
  auditAbout,
  auditPage,
  insertMember,
  insertProgramme,
} from '../../helpers/admin';
import { auth } from '../../helpers/profiles';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let admin: IssuedSession;
let member: UserRow;
/** The entries this file's setup wrote, newest first. */
let written: AuditEntry[];
beforeAll(async () => {
  t = await createTestApp();
  admin = await createAdminAndLogin(t);
  member = await insertMember(t, { name: 'Sagal Osman' });
  for (const reason of ['First warning given', 'Second warning given']) {
    await t.http
      .post(`/api/admin/users/${member.id}/suspend`)
      .set(auth(admin))
      .send({ reason })
      .expect(200);
    t.clock.advance(1_000);
    await t.http.post(`/api/admin/users/${member.id}/reinstate`).set(auth(admin)).expect(200);
    t.clock.advance(1_000);
  }
  written = await auditAbout(t, admin, member.id);
});
afterAll(() => t.close());

/** The database's message, wherever the driver wrapped it. */
async function failure(query: Promise<unknown>): Promise<string> {
  try {
    await query;
  } catch (error) {
    const messages: string[] = [];
    for (let e: unknown = error; e instanceof Error; e = e.cause) messages.push(e.message);
    return messages.join(' / ');
  }
  throw new Error('the statement succeeded');
}

describe('the audit log in the database', () => {
  it('holds what the setup wrote', () => {
    expect(written.map((entry) => entry.action)).toEqual([
      'user.reinstate',
      'user.suspend',
      'user.reinstate',
      'user.suspend',
    ]);
  });

  it('refuses to change an entry', async () => {
    const id = written[0]?.id ?? 0;
    const message = await failure(
      t.app.db.execute(sql`update audit_log set reason = 'rewritten' where id = ${id}`),
    );
    expect(message).toMatch(/append-only/);
  });

  it('refuses to delete an entry, or all of them', async () => {
    const id = written[0]?.id ?? 0;
    expect(await failure(t.app.db.execute(sql`delete from audit_log where id = ${id}`))).toMatch(
      /append-only/,
    );
    expect(await failure(t.app.db.execute(sql`delete from audit_log`))).toMatch(/append-only/);
    expect(await failure(t.app.db.execute(sql`truncate audit_log`))).toMatch(/append-only/);
  });

  it('still shows every entry as it was written', async () => {
    expect(await auditAbout(t, admin, member.id)).toEqual(written);
  });
});

describe('GET /api/admin/audit', () => {
  it('reads newest first, a page at a time, with no entry twice and none left out', async () => {
    const first = await auditPage(t, admin, { limit: 2 });
    expect(first.entries).toEqual(written.slice(0, 2));
    expect(first.nextBefore).toBe(written[1]?.id);

    const seen = [...first.entries];
    let before = first.nextBefore;
    while (before !== null) {
      const page = await auditPage(t, admin, { limit: 2, before });
      // A cursor is given only when an older entry exists: no empty last page.
      expect(page.entries.length).toBeGreaterThan(0);
      expect(page.entries.length).toBeLessThanOrEqual(2);
      seen.push(...page.entries);
      before = page.nextBefore;
    }
    const ids = seen.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(seen.filter((entry) => entry.subject?.id === member.id)).toEqual(written);
  });

  it('refuses a page size outside 1 to 200', async () => {
    for (const limit of [0, 201]) {
      await t.http.get('/api/admin/audit').query({ limit }).set(auth(admin)).expect(400);
    }
  });

  it("shows a coordinator only her own programme's entries", async () => {
    const elsewhere = await adminOfProgrammeAndLogin(t, (await insertProgramme(t)).id);
    const theirs = await auditPage(t, elsewhere, { limit: 200 });
    const ours = new Set(written.map((entry) => entry.id));
    expect(theirs.entries.filter((entry) => ours.has(entry.id))).toEqual([]);

    const rules = (await t.http.get('/api/admin/programme').set(auth(elsewhere)).expect(200)).body;
    await t.http
      .put('/api/admin/programme')
      .set(auth(elsewhere))
      .send({ ...rules, name: 'Et andet netværk' })
      .expect(200);
    const [update] = (await auditPage(t, elsewhere, { limit: 1 })).entries;
    expect(update).toMatchObject({ action: 'programme.update', actor: { id: elsewhere.user.id } });
    const mine = await auditPage(t, admin, { limit: 200 });
    expect(mine.entries.map((entry) => entry.id)).not.toContain(update?.id);
  });
});
