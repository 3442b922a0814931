import { DEFAULT_PROGRAMME_SLUG } from '@mentorbro/core/programme';
import {
  EXPORT_NOTE_CODES,
  type PersonalData,
  PersonalData as Schema,
} from '@mentorbro/core/privacy';
import { validate } from '@mentorbro/core/validation';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedSession } from '../../../src/modules/auth/auth.service';
import { auth, type Member } from '../../helpers/profiles';
import { asked, membersOf, move, requestBody } from '../../helpers/requests';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { invitationOf, START_ANSWERS } from '../surveys/surveys';
import { deleteAccount, meeting } from './privacy';

let t: TestApp;
let members: ReturnType<typeof membersOf>;
let admin: IssuedSession;
let amina: Member;
let birgitte: Member;
let karen: Member;
let mentorshipId: string;

const BIRGITTES_PHONE = '+45 11 22 33 44';
const HER_REPORT = 'She asked me for money twice at our first meeting.';
const REPORT_ABOUT_HER = 'REPORT-ABOUT-AMINA: she was rude at our meeting.';
const RESOLUTION = 'Talked to Birgitte about it on the phone.';

const exportOf = async (member: Pick<IssuedSession, 'accessToken'>) => {
  const res = await t.http.get('/api/me/export').set(auth(member)).expect(200);
  return { res, data: res.body as PersonalData, text: JSON.stringify(res.body) };
};

beforeAll(async () => {
  t = await createTestApp();
  members = membersOf(t);
  admin = await members.coordinator();
  amina = await members.mentee({}, 'Amina Hassan');
  birgitte = await members.mentor({}, 'Birgitte Sørensen');
  karen = await members.mentor({}, 'Karen Olsen');

  const request = await asked(t, amina, birgitte);
  await move(t, birgitte, request.id, 'accept').expect(200);
  const introductionId = (
    (await t.http.get(`/api/requests/${request.id}`).set(auth(amina))).body as {
      introductionId: string;
    }
  ).introductionId;
  // The mentor shares a phone number: the mentee sees it in the app, but it is not hers to export.
  await t.app.db.execute(sql`update introductions
    set mentor_contact = ${JSON.stringify({ email: true, phone: BIRGITTES_PHONE })}::jsonb
    where id = ${introductionId}`);
  for (const member of [amina, birgitte]) {
    const res = await t.http
      .post(`/api/introductions/${introductionId}/confirm`)
      .set(auth(member))
      .send({})
      .expect(200);
    mentorshipId = (res.body as { mentorshipId: string }).mentorshipId;
  }
  const start = await invitationOf(t, amina, mentorshipId, 'mentee_start');
  await t.http
    .post(`/api/surveys/${start.id}/answers`)
    .set(auth(amina))
    .send({ answers: START_ANSWERS })
    .expect(204);
  for (const [member, notes] of [
    [amina, 'Amina wrote: CV done.'],
    [birgitte, 'Birgitte wrote: good progress.'],
  ] as const) {
    await t.http
      .post(`/api/mentorships/${mentorshipId}/logs`)
      .set(auth(member))
      .send(meeting(t, notes))
      .expect(201);
  }

  await t.http
    .post('/api/reports')
    .set(auth(amina))
    .send({ userId: karen.user.id, reason: HER_REPORT })
    .expect(201);
  const about = await t.http
    .post('/api/reports')
    .set(auth(birgitte))
    .send({ userId: amina.user.id, reason: REPORT_ABOUT_HER })
    .expect(201);
  await t.http
    .post(`/api/admin/reports/${(about.body as { id: string }).id}/resolve`)
    .set(auth(admin))
    .send({ reason: RESOLUTION })
    .expect(200);
});
afterAll(() => t.close());

describe('GET /api/me/export: a mentee in a mentorship', () => {
  let res: Awaited<ReturnType<typeof exportOf>>['res'];
  let data: PersonalData;
  let text: string;
  beforeAll(async () => {
    ({ res, data, text } = await exportOf(amina));
  });

  it('is a dated attachment that no cache keeps', () => {
    const day = t.clock.now().toISOString().slice(0, 10);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="mentorbro-data-${day}.json"`,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });

  it("matches core's PersonalData, every field typed", () => {
    expect(validate(Schema, data)).toEqual([]);
    expect(data.exportedAt).toBe(t.clock.now().toISOString());
  });

  it('holds her account and settings, and no password hash anywhere', () => {
    expect(data.account).toMatchObject({
      id: amina.user.id,
      email: amina.email,
      name: 'Amina Hassan',
      role: 'mentee',
      programme: { slug: DEFAULT_PROGRAMME_SLUG },
      suspendedAt: null,
      failedLogins: 0,
    });
    expect(data.settings).toEqual({ locale: 'da', emailTips: true });
    expect(text).not.toMatch(/password|argon2/i);
  });

  it('holds her profile as she sees it', () => {
    expect(data.profile).toMatchObject({ role: 'mentee', status: 'approved' });
    expect(data.profile?.profile).not.toBeNull();
  });

  it('holds her request, introduction and mentorship, the other member by first name only', () => {
    const birgitteAsShown = { id: birgitte.user.id, firstName: 'Birgitte' };
    expect(data.requests).toEqual([
      expect.objectContaining({
        direction: 'sent',
        status: 'accepted',
        other: birgitteAsShown,
        message: requestBody(birgitte.user.id).message,
        sharedContact: requestBody(birgitte.user.id).contact,
        declineReason: null,
      }),
    ]);
    expect(data.introductions).toEqual([
      expect.objectContaining({
        status: 'confirmed',
        other: birgitteAsShown,
        sharedContact: requestBody(birgitte.user.id).contact,
        myAnswer: 'continue',
      }),
    ]);
    const [mentorship] = data.mentorships;
    expect(mentorship).toMatchObject({
      id: mentorshipId,
      myRole: 'mentee',
      other: birgitteAsShown,
      status: 'active',
    });
    expect(mentorship?.logs.map((log) => [log.byMe, log.notes]).sort()).toEqual([
      [false, 'Birgitte wrote: good progress.'],
      [true, 'Amina wrote: CV done.'],
    ]);
  });

  it('holds her notifications and her emails with their subjects', () => {
    expect(data.notifications.map((item) => item.kind)).toEqual(
      expect.arrayContaining(['request_accepted', 'mentorship_started', 'survey_start']),
    );
    const accepted = data.emails.find((email) => email.kind === 'request_accepted');
    expect(accepted).toMatchObject({
      subject: 'Birgitte har sagt ja til at være din mentor',
      status: 'pending',
      sentAt: null,
    });
  });

  it('holds the report she made, and not the one about her', () => {
    expect(data.reports).toEqual([
      expect.objectContaining({
        about: { id: karen.user.id, firstName: 'Karen' },
        reason: HER_REPORT,
        resolvedAt: null,
      }),
    ]);
    expect(text).not.toContain('REPORT-ABOUT-AMINA');
    expect(text).not.toContain(RESOLUTION);
  });

  it('holds her start survey with her answers', () => {
    expect(data.surveys).toEqual([
      expect.objectContaining({
        mentorshipId,
        form: 'mentee_start',
        status: 'answered',
        answers: START_ANSWERS,
      }),
    ]);
  });

  it("lists coordinators' actions about her without the coordinator, and no report's resolution", () => {
    expect(data.coordinatorActions).toEqual([
      { action: 'profile.approve', at: expect.any(String), reason: null },
    ]);
  });

  it('says, in her language, what it cannot hold and why', () => {
    expect(data.notes.map((note) => note.code)).toEqual([...EXPORT_NOTE_CODES]);
    expect(data.notes[0]?.text).toMatch(/anonyme/);
  });

  it('holds nothing of the other members beyond the first names the views show', () => {
    for (const other of ['Sørensen', 'Olsen', 'Sara Holm', birgitte.email, karen.email]) {
      expect(text).not.toContain(other);
    }
    expect(text).not.toContain(BIRGITTES_PHONE);
    expect(text).not.toContain(admin.user.id);
  });
});

describe('GET /api/me/export: the mentor and the coordinator', () => {
  it("gives the mentor her side: not what the mentee shared, nor the mentee's start answers", async () => {
    const { data, text } = await exportOf(birgitte);
    expect(validate(Schema, data)).toEqual([]);
    expect(data.requests).toEqual([
      expect.objectContaining({
        direction: 'received',
        other: { id: amina.user.id, firstName: 'Amina' },
        sharedContact: null,
      }),
    ]);
    expect(data.introductions[0]?.sharedContact).toEqual({ email: true, phone: BIRGITTES_PHONE });
    expect(data.surveys).toEqual([]);
    expect(data.reports).toEqual([
      expect.objectContaining({ about: { id: amina.user.id, firstName: 'Amina' } }),
    ]);
    for (const other of ['Hassan', amina.email, '+45 12 34 56 78']) {
      expect(text).not.toContain(other);
    }
  });

  it('gives a coordinator her account, without a profile', async () => {
    const { data } = await exportOf(admin);
    expect(validate(Schema, data)).toEqual([]);
    expect(data.account.role).toBe('admin');
    expect(data.profile).toBeNull();
  });

  it('refuses a caller without a session', async () => {
    await t.http.get('/api/me/export').expect(401);
  });

  it("shows a member who deleted her account as deleted in the other's export", async () => {
    await deleteAccount(t, amina, amina.password).expect(204);
    const { data, text } = await exportOf(birgitte);
    const deleted = { id: amina.user.id, firstName: '', deleted: true };
    expect(data.mentorships[0]).toMatchObject({ other: deleted, status: 'ended_early' });
    expect(data.requests[0]).toMatchObject({ other: deleted, message: '' });
    expect(text).not.toContain('Amina wrote');
  });
});

describe("a coordinator's notes about her", () => {
  it('are not in her copy, only what was done and when', async () => {
    const her = await members.mentee();
    const note = 'Fatima told us that her husband reads her messages.';
    await t.http
      .post(`/api/admin/users/${her.user.id}/suspend`)
      .set(auth(admin))
      .send({ reason: note })
      .expect(200);
    await t.http.post(`/api/admin/users/${her.user.id}/reinstate`).set(auth(admin)).expect(200);

    const { data, text } = await exportOf(her);
    expect(text).not.toContain('Fatima');
    expect(data.coordinatorActions).toEqual(
      expect.arrayContaining([
        { action: 'user.suspend', at: expect.any(String), reason: null },
        { action: 'user.reinstate', at: expect.any(String), reason: null },
      ]),
    );
  });
});
