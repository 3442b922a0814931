import type { AdminUser } from '@mentorbro/core/admin';
import type { MeetingLogList, Mentorship, MentorshipList } from '@mentorbro/core/mentorship';
import type { IntroductionList, MatchRequest, MatchRequestList } from '@mentorbro/core/requests';
import { sql } from 'drizzle-orm';
import type { Response } from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../../src/db/rows';
import { defaultProgramme } from '../../../src/modules/programmes/programmes.repository';
import { newRegistration } from '../../helpers/accounts';
import { adminOfProgrammeAndLogin, insertProgramme } from '../../helpers/admin';
import { auth, type Member } from '../../helpers/profiles';
import { asked, membersOf } from '../../helpers/requests';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import {
  invitationOf,
  MENTEE_END_ANSWERS,
  sendAnonymously,
  START_ANSWERS,
  tokenFor,
} from '../surveys/surveys';
import {
  anonymousAnswers,
  bell,
  countRows,
  deleteAccount,
  introduced,
  login,
  meeting,
  paired,
  seatsTaken,
  userRow,
} from './privacy';

let t: TestApp;
let members: ReturnType<typeof membersOf>;
beforeAll(async () => {
  t = await createTestApp();
  members = membersOf(t);
});
afterAll(() => t.close());

const HODANS_NOTES = 'We practised the interview. I live at Nørregade 5.';
const LONES_NOTES = 'She is ready to apply for jobs in care.';

describe('DELETE /api/me: a mentee in a mentorship deletes her account', () => {
  let hodan: Member;
  let lone: Member;
  let mentorshipId: string;
  let answersBefore: Awaited<ReturnType<typeof anonymousAnswers>>;
  let deleted: Response;

  beforeAll(async () => {
    const programme = await defaultProgramme(t.app.db);
    hodan = await members.mentee({}, 'Hodan Warsame');
    // An earlier mentorship, whose anonymous end survey she answered.
    const karin = await members.mentor({}, 'Karin Berg');
    const first = await paired(t, hodan, karin);
    await t.http
      .post(`/api/mentorships/${first}/end`)
      .set(auth(karin))
      .send({ outcome: 'job' })
      .expect(200);
    const endSurvey = await invitationOf(t, hodan, first, 'mentee_end');
    await sendAnonymously(t, await tokenFor(t, hodan, endSurvey.id), MENTEE_END_ANSWERS).expect(
      204,
    );

    lone = await members.mentor({}, 'Lone Madsen');
    mentorshipId = await paired(t, hodan, lone);
    const start = await invitationOf(t, hodan, mentorshipId, 'mentee_start');
    await t.http
      .post(`/api/surveys/${start.id}/answers`)
      .set(auth(hodan))
      .send({ answers: START_ANSWERS })
      .expect(204);
    for (const [member, notes] of [
      [hodan, HODANS_NOTES],
      [lone, LONES_NOTES],
    ] as const) {
      await t.http
        .post(`/api/mentorships/${mentorshipId}/logs`)
        .set(auth(member))
        .send(meeting(t, notes))
        .expect(201);
    }
    expect(await seatsTaken(t, lone.user.id)).toBe(1);

    answersBefore = await anonymousAnswers(t, programme.id);
    deleted = await deleteAccount(t, hodan, hodan.password);
  });

  it('answers 204 and clears the refresh cookie', () => {
    expect(deleted.status).toBe(204);
    const cookies = ([] as string[]).concat(deleted.headers['set-cookie'] ?? []);
    expect(cookies).toContainEqual(expect.stringMatching(/^mb_refresh=;.*Path=\/api\/auth/));
  });

  it('lets her not log in again: 401 as for a wrong password', async () => {
    const res = await login(t, hodan).expect(401);
    expect(res.body.error.code).toBe('invalid_credentials');
  });

  it('ends her sessions at once: the old access and refresh tokens are refused', async () => {
    const me = await t.http.get('/api/me').set(auth(hodan)).expect(401);
    expect(me.body.error.code).toBe('unauthorized');
    await t.http.post('/api/auth/refresh').send({ refreshToken: hodan.refreshToken }).expect(401);
  });

  it('ends the mentorship: the mentor sees a deleted member without a name, and her seat is free', async () => {
    const res = await t.http.get(`/api/mentorships/${mentorshipId}`).set(auth(lone)).expect(200);
    const mentorship = res.body as Mentorship;
    expect(mentorship.mentee).toEqual({ id: hodan.user.id, firstName: '', deleted: true });
    expect(mentorship.mentor).toEqual({ id: lone.user.id, firstName: 'Lone' });
    expect(mentorship.status).toBe('ended_early');
    expect(mentorship.endedAt).toBe(t.clock.now().toISOString());
    expect(await seatsTaken(t, lone.user.id)).toBe(0);
    const [row] = rowsOf<{ early_reason: string }>(
      await t.app.db.execute(sql`select early_reason from mentorships where id = ${mentorshipId}`),
    );
    expect(row?.early_reason).toBe('account_deleted');
  });

  it('tells the mentor by the usual notification, and offers her the end survey', async () => {
    const ended = await bell(t, lone, 'mentorship_ended');
    expect(ended.map((item) => item.params.name)).toEqual(['Hodan']);
    await invitationOf(t, lone, mentorshipId, 'mentor_end');
  });

  it('blanks the notes she wrote and keeps the mentor’s own', async () => {
    const res = await t.http
      .get(`/api/mentorships/${mentorshipId}/logs`)
      .set(auth(lone))
      .expect(200);
    const logs = (res.body as MeetingLogList).items;
    expect(logs.find((log) => log.authorId === hodan.user.id)).toMatchObject({
      notes: null,
      nextSteps: null,
      minutes: 60,
    });
    expect(logs.find((log) => log.authorId === lone.user.id)?.notes).toBe(LONES_NOTES);
  });

  it('blanks her request message and the contact she shared, in the mentor’s records', async () => {
    const requests = await t.http.get('/api/requests').set(auth(lone)).expect(200);
    const [request] = (requests.body as MatchRequestList).items;
    expect(request).toMatchObject({
      message: '',
      mentee: { id: hodan.user.id, firstName: '', deleted: true },
    });
    const introductions = await t.http.get('/api/introductions').set(auth(lone)).expect(200);
    const [introduction] = (introductions.body as IntroductionList).items;
    expect(introduction?.mentee).toEqual({
      id: hodan.user.id,
      firstName: '',
      deleted: true,
      contact: {},
    });
  });

  it('leaves the anonymous survey answers as they were', async () => {
    const after = await anonymousAnswers(t, (await defaultProgramme(t.app.db)).id);
    expect(after).toEqual(answersBefore);
    expect(after.pooled).toContainEqual(MENTEE_END_ANSWERS);
  });

  it('keeps her row only anonymised, and nothing that was hers alone', async () => {
    const row = await userRow(t, hodan.user.id);
    expect(row).toMatchObject({
      email: `deleted-${hodan.user.id}@deleted.invalid`,
      name: 'Deleted user',
      deletedAt: t.clock.now(),
      womanDeclaredAt: null,
      emailTips: false,
      lastActiveAt: null,
    });
    expect(row?.passwordHash).not.toMatch(/^\$argon2/);
    for (const [table, column] of [
      ['mentee_profiles', 'user_id'],
      ['notifications', 'user_id'],
      ['survey_invitations', 'user_id'],
      ['refresh_tokens', 'user_id'],
    ] as const) {
      expect(await countRows(t, table, column, hodan.user.id), table).toBe(0);
    }
  });

  it('leaves her out of the coordinators’ member list, and shows her as deleted in their mentorships', async () => {
    const admin = await members.coordinator();
    for (const q of [hodan.email, 'Hodan', 'Deleted']) {
      const res = await t.http.get('/api/admin/users').query({ q }).set(auth(admin)).expect(200);
      expect((res.body as AdminUser[]).map((user) => user.id)).not.toContain(hodan.user.id);
    }
    const list = await t.http.get('/api/admin/mentorships').set(auth(admin)).expect(200);
    const found = (list.body as MentorshipList).items.find((item) => item.id === mentorshipId);
    expect(found?.mentee).toEqual({ id: hodan.user.id, firstName: '', deleted: true });
    await t.http.get(`/api/mentees/${hodan.user.id}`).set(auth(admin)).expect(404);
  });

  it('frees her email: it registers again as a new person', async () => {
    const body = newRegistration({ email: hodan.email, name: 'Hodan Ali' });
    const res = await t.http.post('/api/auth/register').send(body).expect(201);
    expect(res.body.id).not.toBe(hodan.user.id);
    await login(t, body).expect(200);
  });
});

describe('DELETE /api/me: open requests and introductions', () => {
  it('withdraws her pending request: the mentor is told, and the message is blank', async () => {
    const fatima = await members.mentee({}, 'Fatima Noor');
    const grete = await members.mentor({}, 'Grete Holm');
    const request = await asked(t, fatima, grete);
    await deleteAccount(t, fatima, fatima.password).expect(204);
    const res = await t.http.get(`/api/requests/${request.id}`).set(auth(grete)).expect(200);
    expect(res.body as MatchRequest).toMatchObject({
      status: 'withdrawn',
      message: '',
      mentee: { id: fatima.user.id, firstName: '', deleted: true },
    });
    const told = await bell(t, grete, 'request_withdrawn');
    expect(told.map((item) => item.params.name)).toEqual(['Fatima']);
  });

  it('declines her open introduction and frees the mentor’s seat', async () => {
    const nadia = await members.mentee({}, 'Nadia Omar');
    const grete = await members.mentor({}, 'Grete Holm');
    const request = await introduced(t, nadia, grete);
    expect(await seatsTaken(t, grete.user.id)).toBe(1);
    await deleteAccount(t, nadia, nadia.password).expect(204);
    expect(await seatsTaken(t, grete.user.id)).toBe(0);
    const res = await t.http
      .get(`/api/introductions/${request.introductionId ?? ''}`)
      .set(auth(grete))
      .expect(200);
    expect(res.body).toMatchObject({ status: 'declined', mentee: { deleted: true } });
    expect(await bell(t, grete, 'introduction_declined')).toHaveLength(1);
  });
});

describe('DELETE /api/me: what it refuses', () => {
  it('refuses a wrong password with 403 password_incorrect and changes nothing', async () => {
    const amina = await members.mentee({}, 'Amina Yusuf');
    const mentor = await members.mentor();
    const request = await asked(t, amina, mentor);
    const res = await deleteAccount(t, amina, 'not her password at all').expect(403);
    expect(res.body.error.code).toBe('password_incorrect');
    await t.http.get('/api/me').set(auth(amina)).expect(200);
    const still = await t.http.get(`/api/requests/${request.id}`).set(auth(mentor)).expect(200);
    expect(still.body).toMatchObject({ status: 'pending', mentee: { firstName: 'Amina' } });
    expect((await userRow(t, amina.user.id))?.deletedAt).toBeNull();
  });

  it('refuses a body without a password, and a session-less caller', async () => {
    const member = await members.mentee();
    await t.http.delete('/api/me').set(auth(member)).send({}).expect(400);
    await t.http.delete('/api/me').send({ password: member.password }).expect(401);
  });

  it('keeps the last coordinator of a programme: 409 last_coordinator until there is another', async () => {
    const programme = await insertProgramme(t);
    const first = await adminOfProgrammeAndLogin(t, programme.id);
    const password = 'a long enough password';
    const res = await deleteAccount(t, first, password).expect(409);
    expect(res.body.error.code).toBe('last_coordinator');
    const second = await adminOfProgrammeAndLogin(t, programme.id);
    await deleteAccount(t, first, password).expect(204);
    await t.http.get('/api/me').set(auth(first)).expect(401);
    await deleteAccount(t, second, password).expect(409);
  });

  it('is one transaction: a failure at its last step leaves everything as it was', async () => {
    const mentee = await members.mentee({}, 'Sahra Ali');
    const mentor = await members.mentor();
    const id = await paired(t, mentee, mentor);
    await t.http
      .post(`/api/mentorships/${id}/logs`)
      .set(auth(mentee))
      .send(meeting(t, HODANS_NOTES))
      .expect(201);
    const notificationsBefore = await countRows(t, 'notifications', 'user_id', mentee.user.id);
    // The anonymisation of her row is the erasure's last write: make the database refuse it.
    await t.app.db.execute(sql`create function test_refuse_erasure() returns trigger
      language plpgsql as $$ begin raise exception 'injected failure'; end $$`);
    await t.app.db.execute(sql`create trigger test_refuse_erasure before update of deleted_at
      on users for each row execute function test_refuse_erasure()`);
    try {
      await deleteAccount(t, mentee, mentee.password).expect(500);
    } finally {
      await t.app.db.execute(sql`drop trigger test_refuse_erasure on users`);
      await t.app.db.execute(sql`drop function test_refuse_erasure()`);
    }
    const res = await t.http.get(`/api/mentorships/${id}`).set(auth(mentor)).expect(200);
    expect(res.body).toMatchObject({ status: 'active', mentee: { firstName: 'Sahra' } });
    expect(await seatsTaken(t, mentor.user.id)).toBe(1);
    const logs = await t.http.get(`/api/mentorships/${id}/logs`).set(auth(mentor)).expect(200);
    expect((logs.body as MeetingLogList).items[0]?.notes).toBe(HODANS_NOTES);
    const profile = await t.http.get('/api/me/profile').set(auth(mentee)).expect(200);
    expect(profile.body.status).toBe('approved');
    expect(await countRows(t, 'notifications', 'user_id', mentee.user.id)).toBe(
      notificationsBefore,
    );
    expect(await bell(t, mentor, 'mentorship_ended')).toEqual([]);
    await login(t, mentee).expect(200);
  });
});
