import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import { SURVEY_REMINDER_DAYS, type StartSurveyView } from '@mentorbro/core/survey';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from '../../../src/lib/clock';
import { runScheduledWork } from '../../../src/modules/reminders/scheduler';
import { adminOfProgrammeAndLogin, insertProgramme } from '../../helpers/admin';
import { FakeTransport, PUBLIC_URL, sendMail } from '../../helpers/mail';
import { auth, type Member } from '../../helpers/profiles';
import { membersOf, relogin } from '../../helpers/requests';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import {
  bell,
  endedMentorship,
  invitationOf,
  namedMentorship,
  START_ANSWERS,
  surveysOf,
} from './surveys';

let t: TestApp;
let members: ReturnType<typeof membersOf>;

beforeAll(async () => {
  t = await createTestApp();
  members = membersOf(t);
});
afterAll(() => t.close());

const run = () => runScheduledWork({ db: t.app.db, clock: t.clock });

const answerStart = (member: Member, id: string, answers = START_ANSWERS) =>
  t.http.post(`/api/surveys/${id}/answers`).set(auth(member)).send({ answers });

const startSurvey = (member: Pick<Member, 'accessToken'>, mentorshipId: string) =>
  t.http.get(`/api/mentorships/${mentorshipId}/start-survey`).set(auth(member));

describe('the start survey', () => {
  it('is offered to the mentee when her mentorship starts, with a bell and an email', async () => {
    const { mentee, mentor, id } = await namedMentorship(t, members);
    const [survey, ...others] = await surveysOf(t, mentee);
    expect(others).toEqual([]);
    expect(survey).toEqual({
      id: expect.any(String),
      form: 'mentee_start',
      status: 'open',
      mentorshipId: id,
      otherFirstName: 'Lone',
      createdAt: t.clock.now().toISOString(),
      definition: DEFAULT_SURVEYS.mentee_start,
    });
    const link = `/surveys/${survey?.id ?? ''}`;
    expect(await bell(t, mentee, 'survey_start')).toEqual([{ params: { name: 'Lone' }, link }]);
    // The mentor has no start survey of her own.
    expect(await surveysOf(t, mentor)).toEqual([]);
    const transport = new FakeTransport();
    await sendMail(t, transport);
    const mail = transport.to(mentee.email).find((m) => m.subject.startsWith('Hvor står du nu?'));
    expect(mail?.text).toContain(`${PUBLIC_URL}${link}`);
  });

  it('is hers alone to read and answer', async () => {
    const { mentee, mentor, id } = await namedMentorship(t, members);
    const survey = await invitationOf(t, mentee, id, 'mentee_start');
    await t.http.get(`/api/surveys/${survey.id}`).set(auth(mentee)).expect(200);
    for (const other of [mentor, await members.mentee()]) {
      await t.http.get(`/api/surveys/${survey.id}`).set(auth(other)).expect(404);
      await answerStart(other, survey.id).expect(404);
      await t.http.post(`/api/surveys/${survey.id}/decline`).set(auth(other)).expect(404);
    }
  });

  it('keeps her answers, shown to her, her mentor and the coordinators, and nobody else', async () => {
    const { mentee, mentor, id } = await namedMentorship(t, members);
    const survey = await invitationOf(t, mentee, id, 'mentee_start');
    const before = await startSurvey(mentor, id).expect(200);
    expect(before.body).toEqual({
      status: 'open',
      definition: DEFAULT_SURVEYS.mentee_start,
      answers: null,
    });

    await answerStart(mentee, survey.id).expect(204);
    for (const reader of [mentee, mentor, await members.coordinator()]) {
      const res = await startSurvey(reader, id).expect(200);
      expect(res.body as StartSurveyView).toEqual({
        status: 'answered',
        definition: DEFAULT_SURVEYS.mentee_start,
        answers: START_ANSWERS,
      });
    }
    await startSurvey(await members.mentee(), id).expect(404);
    await startSurvey(await members.mentor(), id).expect(404);
    const elsewhere = await adminOfProgrammeAndLogin(t, (await insertProgramme(t)).id);
    await startSurvey(elsewhere, id).expect(404);

    const again = await answerStart(mentee, survey.id).expect(409);
    expect(again.body.error.code).toBe('survey_answered');
    expect((await invitationOf(t, mentee, id, 'mentee_start')).status).toBe('answered');
  });

  it('refuses answers that do not fit its questions, naming each', async () => {
    const { mentee, id } = await namedMentorship(t, members);
    const survey = await invitationOf(t, mentee, id, 'mentee_start');
    const res = await answerStart(mentee, survey.id, {
      challenges: ['language', 'dragons'],
      belief: 'high',
      shoe_size: 'small',
    }).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ field: '/answers/challenges', rule: 'unknown_option' }),
      expect.objectContaining({ field: '/answers/belief', rule: 'wrong_type' }),
      expect.objectContaining({ field: '/answers/shoe_size', rule: 'unknown_question' }),
    ]);
    expect((await invitationOf(t, mentee, id, 'mentee_start')).status).toBe('open');
  });

  it('may be left entirely empty: every question is optional', async () => {
    const { mentee, id } = await namedMentorship(t, members);
    const survey = await invitationOf(t, mentee, id, 'mentee_start');
    await answerStart(mentee, survey.id, {}).expect(204);
    expect((await startSurvey(mentee, id).expect(200)).body).toMatchObject({ answers: {} });
  });

  it('is 404 on a mentorship without one', async () => {
    const admin = await members.coordinator();
    await startSurvey(admin, '5d0c7a8e-2f3b-4c1d-9e8f-0a1b2c3d4e5f').expect(404);
  });

  it('may be declined, and still answered later', async () => {
    const { mentee, id } = await namedMentorship(t, members);
    const survey = await invitationOf(t, mentee, id, 'mentee_start');
    await t.http.post(`/api/surveys/${survey.id}/decline`).set(auth(mentee)).expect(204);
    await t.http.post(`/api/surveys/${survey.id}/decline`).set(auth(mentee)).expect(204);
    expect((await invitationOf(t, mentee, id, 'mentee_start')).status).toBe('declined');
    expect((await startSurvey(mentee, id).expect(200)).body).toMatchObject({
      status: 'declined',
      answers: null,
    });
    await answerStart(mentee, survey.id).expect(204);
    expect((await invitationOf(t, mentee, id, 'mentee_start')).status).toBe('answered');
    const late = await t.http.post(`/api/surveys/${survey.id}/decline`).set(auth(mentee));
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('survey_answered');
  });
});

describe('the end surveys', () => {
  it('are offered to both members when the mentorship ends, each with a bell', async () => {
    const { mentee, mentor, id } = await namedMentorship(t, members);
    t.clock.advance(60_000);
    await t.http
      .post(`/api/mentorships/${id}/end`)
      .set(auth(mentor))
      .send({ outcome: 'job' })
      .expect(200);
    const hers = await invitationOf(t, mentee, id, 'mentee_end');
    const his = await invitationOf(t, mentor, id, 'mentor_end');
    expect(hers).toMatchObject({
      status: 'open',
      otherFirstName: 'Lone',
      definition: DEFAULT_SURVEYS.mentee_end,
    });
    expect(his).toMatchObject({
      status: 'open',
      otherFirstName: 'Hodan',
      definition: DEFAULT_SURVEYS.mentor_end,
    });
    // Newest first: her end survey, then her start survey.
    expect((await surveysOf(t, mentee)).map((s) => s.form)).toEqual(['mentee_end', 'mentee_start']);
    expect((await surveysOf(t, mentor)).map((s) => s.form)).toEqual(['mentor_end']);
    expect(await bell(t, mentee, 'survey_end')).toEqual([
      { params: { name: 'Lone' }, link: `/surveys/${hers.id}` },
    ]);
    expect(await bell(t, mentor, 'survey_end')).toEqual([
      { params: { name: 'Hodan' }, link: `/surveys/${his.id}` },
    ]);
  });

  it('are offered when a coordinator ends it too', async () => {
    const { mentee, mentor, id } = await namedMentorship(t, members);
    await t.http
      .post(`/api/mentorships/${id}/end`)
      .set(auth(await members.coordinator()))
      .send({ outcome: 'ended_early', earlyReason: 'no_contact', note: 'Ingen kontakt.' })
      .expect(200);
    await invitationOf(t, mentee, id, 'mentee_end');
    await invitationOf(t, mentor, id, 'mentor_end');
  });

  it('are not answered with her session, only anonymously', async () => {
    const { mentee, id } = await endedMentorship(t, members);
    const survey = await invitationOf(t, mentee, id, 'mentee_end');
    const res = await answerStart(mentee, survey.id, { satisfaction: 5 }).expect(409);
    expect(res.body.error.code).toBe('invalid_transition');
  });
});

describe('the survey reminder', () => {
  it('comes once, 7 days after the offer, and never again', async () => {
    const { mentee, id } = await namedMentorship(t, members);
    const survey = await invitationOf(t, mentee, id, 'mentee_start');
    t.clock.advance(SURVEY_REMINDER_DAYS * DAY_MS - 1000);
    await run();
    const early = await relogin(t, mentee);
    expect(await bell(t, early, 'survey_reminder')).toEqual([]);
    t.clock.advance(1000);
    await run();
    await run();
    const her = await relogin(t, mentee);
    const expected = [{ params: { name: 'Lone' }, link: `/surveys/${survey.id}` }];
    expect(await bell(t, her, 'survey_reminder')).toEqual(expected);
    t.clock.advance(30 * DAY_MS);
    await run();
    expect(await bell(t, await relogin(t, her), 'survey_reminder')).toEqual(expected);
  });

  it('reminds of end surveys too, each member of her own', async () => {
    const { mentee, mentor, id } = await endedMentorship(t, members);
    const hers = await invitationOf(t, mentee, id, 'mentee_end');
    const his = await invitationOf(t, mentor, id, 'mentor_end');
    t.clock.advance(SURVEY_REMINDER_DAYS * DAY_MS);
    await run();
    const links = async (member: Member) =>
      (await bell(t, await relogin(t, member), 'survey_reminder')).map((item) => item.link);
    expect(await links(mentee)).toEqual(expect.arrayContaining([`/surveys/${hers.id}`]));
    expect(await links(mentor)).toEqual([`/surveys/${his.id}`]);
  });

  it('is not sent after she declined or answered', async () => {
    const declining = await namedMentorship(t, members);
    const answering = await namedMentorship(t, members);
    const declined = await invitationOf(t, declining.mentee, declining.id, 'mentee_start');
    const answered = await invitationOf(t, answering.mentee, answering.id, 'mentee_start');
    await t.http
      .post(`/api/surveys/${declined.id}/decline`)
      .set(auth(declining.mentee))
      .expect(204);
    await answerStart(answering.mentee, answered.id).expect(204);
    t.clock.advance((SURVEY_REMINDER_DAYS + 1) * DAY_MS);
    await run();
    for (const mentee of [declining.mentee, answering.mentee]) {
      expect(await bell(t, await relogin(t, mentee), 'survey_reminder')).toEqual([]);
    }
  });

  it('skips a suspended member', async () => {
    const { mentee } = await namedMentorship(t, members);
    const admin = await members.coordinator();
    await t.http
      .post(`/api/admin/users/${mentee.user.id}/suspend`)
      .set(auth(admin))
      .send({ reason: 'Sent offensive messages' })
      .expect(200);
    t.clock.advance(SURVEY_REMINDER_DAYS * DAY_MS);
    await run();
    const reinstating = await members.coordinator();
    await t.http
      .post(`/api/admin/users/${mentee.user.id}/reinstate`)
      .set(auth(reinstating))
      .expect(200);
    expect(await bell(t, await relogin(t, mentee), 'survey_reminder')).toEqual([]);
  });
});
