import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { surveyInvitations } from '../../../src/db/schema';
import { auth } from '../../helpers/profiles';
import { membersOf } from '../../helpers/requests';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import {
  endedMentorship,
  invitationOf,
  MENTEE_END_ANSWERS,
  MENTOR_END_ANSWERS,
  namedMentorship,
  sendAnonymously,
  tokenFor,
} from './surveys';

let t: TestApp;
let members: ReturnType<typeof membersOf>;

beforeAll(async () => {
  t = await createTestApp();
  members = membersOf(t);
});
afterAll(() => t.close());

/** Her end survey, ready for a token. */
async function menteeEnd() {
  const mentorship = await endedMentorship(t, members);
  const survey = await invitationOf(t, mentorship.mentee, mentorship.id, 'mentee_end');
  return { ...mentorship, survey };
}

describe('the one-time token of an end survey', () => {
  it('is 43 random base64url characters, and only its hash is stored', async () => {
    const { mentee, survey } = await menteeEnd();
    const token = await tokenFor(t, mentee, survey.id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await tokenFor(t, mentee, survey.id)).not.toBe(token);
    const [row] = await t.app.db
      .select({ tokenHash: surveyInvitations.tokenHash })
      .from(surveyInvitations)
      .where(eq(surveyInvitations.id, survey.id));
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.tokenHash).not.toContain(token);
  });

  it('sends her answers once, without any session; the same token again is 409', async () => {
    const { mentee, survey } = await menteeEnd();
    const token = await tokenFor(t, mentee, survey.id);
    const sent = await sendAnonymously(t, token, MENTEE_END_ANSWERS).expect(204);
    expect(sent.body).toEqual({});
    expect((await invitationOf(t, mentee, survey.mentorshipId, 'mentee_end')).status).toBe(
      'answered',
    );
    const replay = await sendAnonymously(t, token, MENTEE_END_ANSWERS).expect(409);
    expect(replay.body.error.code).toBe('survey_answered');
  });

  it('is not given again once the survey is answered', async () => {
    const { mentee, survey } = await menteeEnd();
    await sendAnonymously(t, await tokenFor(t, mentee, survey.id), {}).expect(204);
    const res = await t.http.post(`/api/surveys/${survey.id}/token`).set(auth(mentee)).expect(409);
    expect(res.body.error.code).toBe('survey_answered');
  });

  it('stops working when a newer one is given', async () => {
    const { mentee, survey } = await menteeEnd();
    const old = await tokenFor(t, mentee, survey.id);
    const fresh = await tokenFor(t, mentee, survey.id);
    const res = await sendAnonymously(t, old, MENTEE_END_ANSWERS).expect(404);
    expect(res.body.error.code).toBe('not_found');
    await sendAnonymously(t, fresh, MENTEE_END_ANSWERS).expect(204);
  });

  it('works for a declined survey too: she may change her mind', async () => {
    const { mentor, id } = await endedMentorship(t, members);
    const survey = await invitationOf(t, mentor, id, 'mentor_end');
    await t.http.post(`/api/surveys/${survey.id}/decline`).set(auth(mentor)).expect(204);
    await sendAnonymously(t, await tokenFor(t, mentor, survey.id), MENTOR_END_ANSWERS).expect(204);
  });

  it('refuses answers that do not fit the version, with the path, and stays unspent', async () => {
    const { mentee, survey } = await menteeEnd();
    const token = await tokenFor(t, mentee, survey.id);
    const res = await sendAnonymously(t, token, {
      ...MENTEE_END_ANSWERS,
      outcomes: ['lottery_win'],
      satisfaction: 'very',
    }).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ field: '/answers/outcomes', rule: 'unknown_option' }),
      expect.objectContaining({ field: '/answers/satisfaction', rule: 'wrong_type' }),
    ]);
    // A mentor's question is not one of hers.
    const theirs = await sendAnonymously(t, token, { mentee_open: 'yes' }).expect(400);
    expect(theirs.body.error.details).toEqual([
      expect.objectContaining({ field: '/answers/mentee_open', rule: 'unknown_question' }),
    ]);
    await sendAnonymously(t, token, MENTEE_END_ANSWERS).expect(204);
  });

  it('is 404 when nobody was given it, and 400 when it is not a token at all', async () => {
    const unknown = randomBytes(32).toString('base64url');
    const res = await sendAnonymously(t, unknown, MENTEE_END_ANSWERS).expect(404);
    expect(res.body.error.code).toBe('not_found');
    await sendAnonymously(t, 'too-short', MENTEE_END_ANSWERS).expect(400);
    await sendAnonymously(t, `${unknown.slice(0, 42)}=`, MENTEE_END_ANSWERS).expect(400);
  });

  it('is given for her own end survey only, never for the start survey', async () => {
    const { mentee, mentor, survey } = await menteeEnd();
    await t.http.post(`/api/surveys/${survey.id}/token`).set(auth(mentor)).expect(404);
    const start = await invitationOf(t, mentee, survey.mentorshipId, 'mentee_start');
    const res = await t.http.post(`/api/surveys/${start.id}/token`).set(auth(mentee)).expect(409);
    expect(res.body.error.code).toBe('invalid_transition');
    await t.http.post(`/api/surveys/${survey.id}/token`).expect(401);
  });

  it('lets the mentor send her end answers the same way', async () => {
    const { mentor, id } = await endedMentorship(t, members);
    const survey = await invitationOf(t, mentor, id, 'mentor_end');
    const token = await tokenFor(t, mentor, survey.id);
    await sendAnonymously(t, token, MENTOR_END_ANSWERS).expect(204);
    await sendAnonymously(t, token, MENTOR_END_ANSWERS).expect(409);
  });

  it('is not offered for a mentorship that is still running', async () => {
    const { mentee, mentor } = await namedMentorship(t, members);
    const running = [
      ...(await t.http.get('/api/surveys').set(auth(mentee))).body.items,
      ...(await t.http.get('/api/surveys').set(auth(mentor))).body.items,
    ] as { form: string }[];
    expect(running.map((item) => item.form)).toEqual(['mentee_start']);
  });
});
