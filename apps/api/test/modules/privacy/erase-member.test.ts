import type { MatchRequest } from '@mentorbro/core/requests';
import type { MentorSearchPage, Recommendations } from '@mentorbro/core/search';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../src/db/schema';
import type { IssuedSession } from '../../../src/modules/auth/auth.service';
import { createAdminAndLogin } from '../../helpers/accounts';
import { adminOfProgrammeAndLogin, auditAbout, insertProgramme } from '../../helpers/admin';
import { auth, type Member } from '../../helpers/profiles';
import { asked, membersOf } from '../../helpers/requests';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { bell, erase, login, REASON, userRow } from './privacy';

let t: TestApp;
let members: ReturnType<typeof membersOf>;
let admin: IssuedSession;
beforeAll(async () => {
  t = await createTestApp();
  members = membersOf(t);
  admin = await createAdminAndLogin(t);
});
afterAll(() => t.close());

/** A word only Mira's profile has, so search finds her and nobody else. */
const HER_WORD = 'xylofonterapeut';

const searchIds = async (member: Member, q?: string) => {
  const res = await t.http
    .get('/api/mentors')
    .query(q === undefined ? {} : { q })
    .set(auth(member))
    .expect(200);
  return (res.body as MentorSearchPage).items.map((item) => item.id);
};

describe('POST /api/admin/users/:id/erase: a coordinator erases a mentor at her request', () => {
  let mira: Member;
  let ayan: Member;
  let request: MatchRequest;

  beforeAll(async () => {
    mira = await members.mentor({ headline: `Sygeplejerske og ${HER_WORD}` }, 'Mira Jensen');
    ayan = await members.mentee({}, 'Ayan Abdi');
    request = await asked(t, ayan, mira);
    expect(await searchIds(ayan, HER_WORD)).toEqual([mira.user.id]);
    await erase(t, admin, mira.user.id, `  ${REASON}  `).expect(204);
  });

  it('audits it as user.erase with the reason, and the entry holds neither her name nor her email', async () => {
    const [newest] = await auditAbout(t, admin, mira.user.id);
    expect(newest).toMatchObject({
      action: 'user.erase',
      reason: REASON,
      subject: { id: mira.user.id, name: '', deleted: true },
      actor: { id: admin.user.id, name: 'Sara Holm' },
    });
    const rows = await t.app.db.select().from(auditLog).where(eq(auditLog.subjectId, mira.user.id));
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain('Mira');
    expect(stored).not.toContain(mira.email);
  });

  it('takes her out of search and recommendations at once', async () => {
    expect(await searchIds(ayan, HER_WORD)).toEqual([]);
    expect(await searchIds(ayan)).not.toContain(mira.user.id);
    const res = await t.http.get('/api/me/recommendations').set(auth(ayan)).expect(200);
    expect((res.body as Recommendations).items.map((item) => item.id)).not.toContain(mira.user.id);
    await t.http.get(`/api/mentors/${mira.user.id}`).set(auth(ayan)).expect(404);
  });

  it('declines the request she had: the mentee sees a deleted mentor and is told kindly', async () => {
    const res = await t.http.get(`/api/requests/${request.id}`).set(auth(ayan)).expect(200);
    expect(res.body as MatchRequest).toMatchObject({
      status: 'declined',
      message: request.message,
      mentor: { id: mira.user.id, firstName: '', deleted: true, headline: '' },
      declineReason: null,
    });
    const told = await bell(t, ayan, 'request_declined');
    expect(told.map((item) => item.params.name)).toEqual(['Mira']);
  });

  it('ends her access as her own deletion does', async () => {
    await t.http.get('/api/me').set(auth(mira)).expect(401);
    await login(t, mira).expect(401);
    expect(await userRow(t, mira.user.id)).toMatchObject({
      name: 'Deleted user',
      email: `deleted-${mira.user.id}@deleted.invalid`,
    });
  });

  it('answers 404 when she is erased already', async () => {
    const res = await erase(t, admin, mira.user.id).expect(404);
    expect(res.body.error.code).toBe('not_found');
  });
});

describe('POST /api/admin/users/:id/erase: who and what it refuses', () => {
  it('answers 404 for a member of another programme, and she keeps her account', async () => {
    const member = await members.mentee({}, 'Rahel Tesfay');
    const programme = await insertProgramme(t);
    const stranger = await adminOfProgrammeAndLogin(t, programme.id);
    const res = await erase(t, stranger, member.user.id).expect(404);
    expect(res.body.error.code).toBe('not_found');
    await t.http.get('/api/me').set(auth(member)).expect(200);
  });

  it('answers 404 for an unknown id', async () => {
    await erase(t, admin, '00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('answers 409 cannot_erase_admin for a coordinator, herself included', async () => {
    const other = await createAdminAndLogin(t);
    for (const id of [other.user.id, admin.user.id]) {
      const res = await erase(t, admin, id).expect(409);
      expect(res.body.error.code).toBe('cannot_erase_admin');
    }
    await t.http.get('/api/me').set(auth(other)).expect(200);
  });

  it('answers 403 to members and 400 to a reason that says nothing', async () => {
    const mentee = await members.mentee();
    const mentor = await members.mentor();
    for (const caller of [mentee, mentor]) {
      const res = await erase(t, caller, mentee.user.id).expect(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    for (const reason of ['', '  ok  ']) {
      await erase(t, admin, mentee.user.id, reason).expect(400);
    }
    await t.http.get('/api/me').set(auth(mentee)).expect(200);
  });
});
