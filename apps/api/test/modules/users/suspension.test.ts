import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedSession } from '../../../src/modules/auth/auth.service';
import { createAdmin } from '../../../src/modules/users/users.service';
import { createAdminAndLogin, registerAndLogin } from '../../helpers/accounts';
import {
  adminOfProgrammeAndLogin,
  auditAbout,
  insertMember,
  insertProgramme,
} from '../../helpers/admin';
import { approvedMember, auth, insertRequest, type Member } from '../../helpers/profiles';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let admin: IssuedSession;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createAdminAndLogin(t);
});
afterAll(() => t.close());

const REASON = 'Sent offensive messages to a mentee';

const suspend = (id: string, body: object = { reason: REASON }, by = admin) =>
  t.http.post(`/api/admin/users/${id}/suspend`).set(auth(by)).send(body);
const reinstate = (id: string, by = admin) =>
  t.http.post(`/api/admin/users/${id}/reinstate`).set(auth(by));
const login = (member: Member, password = member.password) =>
  t.http.post('/api/auth/login').send({ email: member.email, password });

describe('POST /api/admin/users/:id/suspend', () => {
  it('suspends a member and says when and why, the reason trimmed', async () => {
    const member = await insertMember(t, { name: 'Hodan Warsame', role: 'mentor' });
    const res = await suspend(member.id, { reason: `  ${REASON}\n` }).expect(200);
    expect(res.body).toEqual({
      id: member.id,
      name: 'Hodan Warsame',
      email: member.email,
      role: 'mentor',
      createdAt: member.createdAt.toISOString(),
      profileStatus: null,
      suspendedAt: t.clock.now().toISOString(),
      suspensionReason: REASON,
    });
  });

  describe('ends her access at once', () => {
    let mentee: Member;
    beforeAll(async () => {
      mentee = await registerAndLogin(t, { role: 'mentee' });
      await t.http.get('/api/me').set(auth(mentee)).expect(200);
      await suspend(mentee.user.id).expect(200);
    });

    it('refuses her refresh token', async () => {
      const res = await t.http
        .post('/api/auth/refresh')
        .send({ refreshToken: mentee.refreshToken })
        .expect(401);
      expect(res.body.error.code).toBe('invalid_refresh_token');
    });

    it('refuses her access token, though it has not expired, saying why', async () => {
      const res = await t.http.get('/api/me').set(auth(mentee)).expect(401);
      expect(res.body.error.code).toBe('account_suspended');
    });

    it('refuses her login with the right password, saying why', async () => {
      const res = await login(mentee).expect(403);
      expect(res.body.error.code).toBe('account_suspended');
    });

    it('tells someone without her password nothing about the suspension', async () => {
      const res = await login(mentee, 'not her password at all').expect(401);
      expect(res.body.error.code).toBe('invalid_credentials');
    });
  });

  it('refuses a reason that is missing, blank or under 3 characters', async () => {
    const member = await insertMember(t, { name: 'Ayan Abdi' });
    for (const body of [{}, { reason: '' }, { reason: '   \n  ' }, { reason: 'ok' }]) {
      const res = await suspend(member.id, body).expect(400);
      expect(res.body.error.details).toEqual([expect.objectContaining({ field: '/reason' })]);
    }
    const after = await t.http
      .get('/api/admin/users')
      .query({ q: member.email })
      .set(auth(admin))
      .expect(200);
    expect(after.body).toEqual([expect.objectContaining({ id: member.id, suspendedAt: null })]);
  });

  // The length rule applies to what is stored, as for profile text: "  ok  " says nothing.
  it('refuses a reason that is long enough only with the spaces around it', async () => {
    const member = await insertMember(t, { name: 'Ayan Abdi' });
    const res = await suspend(member.id, { reason: '   ok   ' }).expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ field: '/reason' })]);
  });

  it('answers 409 already_suspended to a second suspension and keeps the first reason', async () => {
    const member = await insertMember(t, { name: 'Rahel Tesfay' });
    await suspend(member.id).expect(200);
    const res = await suspend(member.id, { reason: 'Another, later reason' }).expect(409);
    expect(res.body.error.code).toBe('already_suspended');
    const [found] = (
      await t.http.get('/api/admin/users').query({ q: member.email }).set(auth(admin)).expect(200)
    ).body;
    expect(found.suspensionReason).toBe(REASON);
  });

  it('answers 409 cannot_suspend_admin for a coordinator, herself included', async () => {
    const other = await createAdmin(t.app.db, t.clock, {
      email: `other-admin-${randomUUID()}@example.dk`,
      name: 'Mette Dahl',
      password: 'a long enough password',
      locale: 'da',
    });
    for (const id of [other.id, admin.user.id]) {
      const res = await suspend(id).expect(409);
      expect(res.body.error.code).toBe('cannot_suspend_admin');
    }
  });

  it('answers 404 for an unknown id and 400 for one that is not an id', async () => {
    const res = await suspend(randomUUID()).expect(404);
    expect(res.body.error.code).toBe('not_found');
    await suspend('not-a-uuid').expect(400);
  });

  it('answers 404 to a coordinator of another programme, and she stays as she was', async () => {
    const member = await insertMember(t, { name: 'Sahra Nur' });
    const elsewhere = await adminOfProgrammeAndLogin(t, (await insertProgramme(t)).id);
    await suspend(member.id, { reason: REASON }, elsewhere).expect(404);
    await suspend(member.id).expect(200);
    await reinstate(member.id, elsewhere).expect(404);
    const [found] = (
      await t.http.get('/api/admin/users').query({ q: member.email }).set(auth(admin)).expect(200)
    ).body;
    expect(found.suspendedAt).not.toBeNull();
  });
});

describe('POST /api/admin/users/:id/reinstate', () => {
  it('lets her log in again; the sessions the suspension ended stay ended', async () => {
    const mentee = await registerAndLogin(t, { role: 'mentee' });
    await suspend(mentee.user.id).expect(200);
    t.clock.advance(60_000);
    const res = await reinstate(mentee.user.id).expect(200);
    expect(res.body).toMatchObject({
      id: mentee.user.id,
      suspendedAt: null,
      suspensionReason: null,
    });

    const again = (await login(mentee).expect(200)).body as IssuedSession;
    await t.http.get('/api/me').set(auth(again)).expect(200);
    await t.http.post('/api/auth/refresh').send({ refreshToken: mentee.refreshToken }).expect(401);
  });

  it('answers 409 not_suspended for a member who is not suspended', async () => {
    const member = await insertMember(t, { name: 'Leila Karimi' });
    const res = await reinstate(member.id).expect(409);
    expect(res.body.error.code).toBe('not_suspended');
  });

  it('answers 404 for an unknown id', async () => {
    await reinstate(randomUUID()).expect(404);
  });
});

describe('what others see of a suspended member', () => {
  it("hides an approved mentor's page from mentees until she is reinstated", async () => {
    const [mentor, mentee] = await Promise.all([
      approvedMember(t, admin, 'mentor'),
      registerAndLogin(t, { role: 'mentee' }),
    ]);
    const page = () => t.http.get(`/api/mentors/${mentor.user.id}`).set(auth(mentee));
    await page().expect(200);
    await suspend(mentor.user.id).expect(200);
    const hidden = await page().expect(404);
    expect(hidden.body.error.code).toBe('not_found');
    await reinstate(mentor.user.id).expect(200);
    await page().expect(200);
  });

  it("hides a mentee's profile from the mentor she asked until she is reinstated", async () => {
    const [mentee, mentor] = await Promise.all([
      approvedMember(t, admin, 'mentee'),
      approvedMember(t, admin, 'mentor'),
    ]);
    await insertRequest(t, mentee.user.id, mentor.user.id);
    const profile = () => t.http.get(`/api/mentees/${mentee.user.id}`).set(auth(mentor));
    await profile().expect(200);
    await suspend(mentee.user.id).expect(200);
    await profile().expect(404);
    await reinstate(mentee.user.id).expect(200);
    await profile().expect(200);
  });
});

describe('the audit log of suspensions', () => {
  it('records one entry for each suspension and reinstatement: who, whom, why', async () => {
    const member = await insertMember(t, { name: 'Fadumo Ali' });
    await suspend(member.id).expect(200);
    t.clock.advance(1_000);
    await reinstate(member.id).expect(200);

    const entries = await auditAbout(t, admin, member.id);
    const actor = { id: admin.user.id, name: admin.user.name };
    const subject = { id: member.id, name: 'Fadumo Ali' };
    expect(entries).toEqual([
      expect.objectContaining({ action: 'user.reinstate', actor, subject, reason: null }),
      expect.objectContaining({ action: 'user.suspend', actor, subject, reason: REASON }),
    ]);
    expect(entries[0]?.at).toBe(t.clock.now().toISOString());
  });

  it('records nothing for a suspension or reinstatement that was refused', async () => {
    const member = await insertMember(t, { name: 'Nasra Yusuf' });
    await reinstate(member.id).expect(409);
    await suspend(member.id).expect(200);
    await suspend(member.id).expect(409);
    const entries = await auditAbout(t, admin, member.id);
    expect(entries.map((entry) => entry.action)).toEqual(['user.suspend']);
  });
});

describe('GET /api/admin/users', () => {
  const find = async (q: string, by = admin) =>
    (await t.http.get('/api/admin/users').query({ q }).set(auth(by)).expect(200)).body as {
      id: string;
      profileStatus: string | null;
    }[];
  const ids = (found: { id: string }[]) => found.map((user) => user.id).sort();

  it('finds members by any part of the name, whatever the case', async () => {
    const member = await insertMember(t, { name: 'Zahra Qurbani-Lund' });
    expect(ids(await find('qurbani'))).toEqual([member.id]);
    expect(ids(await find('  ANI-LU '))).toEqual([member.id]);
  });

  it('finds members by any part of the email, whatever the case', async () => {
    const member = await insertMember(t, {
      name: 'Amal Idris',
      email: 'Amal.Idris.Searchable@Example.dk',
    });
    expect(ids(await find('IDRIS.SEARCHABLE@'))).toEqual([member.id]);
  });

  it('takes % and _ as the letters they are, not as wildcards', async () => {
    const percent = await insertMember(t, { name: 'Kaltun 100% Frivillig' });
    await insertMember(t, { name: 'Kaltun 1000 Frivillig' });
    const underscore = await insertMember(t, { name: 'Kaltun_Underscore' });
    await insertMember(t, { name: 'KaltunXUnderscore' });
    expect(ids(await find('100%'))).toEqual([percent.id]);
    expect(ids(await find('kaltun_'))).toEqual([underscore.id]);
    expect(await find('%')).toEqual([expect.objectContaining({ id: percent.id })]);
  });

  it("shows each member's profile status, and none for a coordinator", async () => {
    const mentor = await approvedMember(t, admin, 'mentor', undefined, 'Maryan Statusvej');
    const fresh = await insertMember(t, { name: 'Maryan Statusvej Nyere' });
    const found = await find('statusvej');
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: mentor.user.id, profileStatus: 'approved' }),
        expect.objectContaining({ id: fresh.id, profileStatus: null }),
      ]),
    );
    const [self] = await find(admin.user.email);
    expect(self).toMatchObject({ id: admin.user.id, role: 'admin', profileStatus: null });
  });

  it('never returns members of another programme, and they never see ours', async () => {
    const programme = await insertProgramme(t);
    const ours = await insertMember(t, { name: 'Warda Tvillingeprogram' });
    const theirs = await insertMember(t, {
      name: 'Warda Tvillingeprogram',
      programmeId: programme.id,
    });
    expect(ids(await find('tvillingeprogram'))).toEqual([ours.id]);
    expect(ids(await find(''))).not.toContain(theirs.id);

    const elsewhere = await adminOfProgrammeAndLogin(t, programme.id);
    expect(ids(await find('tvillingeprogram', elsewhere))).toEqual([theirs.id]);
  });

  it('refuses a query over 100 characters', async () => {
    await t.http
      .get('/api/admin/users')
      .query({ q: 'x'.repeat(101) })
      .set(auth(admin))
      .expect(400);
  });
});
