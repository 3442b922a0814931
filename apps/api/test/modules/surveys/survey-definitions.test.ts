import { eq } from 'drizzle-orm';
import type {
  SurveyDefinition,
  SurveyDefinitionBody,
  SurveyDefinitionList,
  SurveyForm,
} from '@mentorbro/core/survey';
import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, surveyAnswerPool, surveyAnswers } from '../../../src/db/schema';
import type { IssuedSession } from '../../../src/modules/auth/auth.service';
import { adminOfProgrammeAndLogin, auditPage, insertProgramme } from '../../helpers/admin';
import { auth } from '../../helpers/profiles';
import { membersOf } from '../../helpers/requests';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import {
  endedMentorship,
  invitationOf,
  MENTEE_END_ANSWERS,
  movePool,
  namedMentorship,
  poolFillers,
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

type Session = Pick<IssuedSession, 'accessToken'>;

const current = async (admin: Session) =>
  (
    (await t.http.get('/api/admin/surveys').set(auth(admin)).expect(200))
      .body as SurveyDefinitionList
  ).items;

const save = (admin: Session, form: SurveyForm, body: SurveyDefinitionBody) =>
  t.http.put(`/api/admin/surveys/${form}`).set(auth(admin)).send(body);

const bodyOf = ({ intro, questions }: SurveyDefinition): SurveyDefinitionBody => ({
  intro,
  questions,
});

/** The start form with its first question reworded and a new challenge to choose. */
const withHousing = (): SurveyDefinitionBody => {
  const [challenges, ...rest] = DEFAULT_SURVEYS.mentee_start.questions;
  if (!challenges) throw new Error('The start form has no questions');
  return {
    intro: DEFAULT_SURVEYS.mentee_start.intro,
    questions: [
      {
        ...challenges,
        label: { da: 'Hvad er svært lige nu?', en: 'What is hard now?' },
        options: [
          ...(challenges.options ?? []),
          { id: 'housing', label: { da: 'At finde en bolig', en: 'Finding a home' } },
        ],
      },
      ...rest,
    ],
  };
};

describe('the survey forms of a programme', () => {
  it('are core’s three defaults, version 1, until a coordinator changes one', async () => {
    const elsewhere = await adminOfProgrammeAndLogin(t, (await insertProgramme(t)).id);
    for (const admin of [await members.coordinator(), elsewhere]) {
      expect(await current(admin)).toEqual([
        DEFAULT_SURVEYS.mentee_start,
        DEFAULT_SURVEYS.mentee_end,
        DEFAULT_SURVEYS.mentor_end,
      ]);
    }
  });

  it('are read and changed by coordinators only', async () => {
    for (const member of [await members.mentee(), await members.mentor()]) {
      await t.http.get('/api/admin/surveys').set(auth(member)).expect(403);
      const res = await save(member, 'mentor_end', bodyOf(DEFAULT_SURVEYS.mentor_end)).expect(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    await t.http.get('/api/admin/surveys').expect(401);
  });

  it('get the next version on each save, audited with the form and version', async () => {
    const admin = await members.coordinator();
    const reworded = bodyOf(DEFAULT_SURVEYS.mentor_end);
    reworded.intro = { da: 'Tak for dit forløb. Svar gerne.', en: 'Thank you. Please answer.' };
    const saved = await save(admin, 'mentor_end', reworded).expect(200);
    expect(saved.body).toEqual({ form: 'mentor_end', version: 2, ...reworded });
    const [, , mentorEnd] = await current(admin);
    expect(mentorEnd).toEqual({ form: 'mentor_end', version: 2, ...reworded });
    expect((await save(admin, 'mentor_end', reworded).expect(200)).body).toMatchObject({
      version: 3,
    });
    // The other forms are as they were.
    expect((await current(admin)).map((d) => [d.form, d.version])).toEqual([
      ['mentee_start', 1],
      ['mentee_end', 1],
      ['mentor_end', 3],
    ]);

    const entries = (await auditPage(t, admin)).entries.filter((e) => e.action === 'survey.update');
    expect(entries.length).toBeGreaterThanOrEqual(2);
    const details = await t.app.db
      .select({ details: auditLog.details })
      .from(auditLog)
      .where(eq(auditLog.action, 'survey.update'));
    expect(details.map((row) => row.details)).toEqual(
      expect.arrayContaining([
        { form: 'mentor_end', version: 2 },
        { form: 'mentor_end', version: 3 },
      ]),
    );
  });

  it('refuse a version that drops one of the funders’ indicators', async () => {
    const admin = await members.coordinator();
    const { intro, questions } = DEFAULT_SURVEYS.mentee_end;
    const withoutSatisfaction = questions.filter((q) => q.id !== 'satisfaction');
    const res = await save(admin, 'mentee_end', {
      intro,
      questions: withoutSatisfaction,
    }).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ field: '/questions/satisfaction', rule: 'missing_indicator' }),
    ]);
    const withoutJob = questions.map((q) =>
      q.id === 'outcomes' ? { ...q, options: q.options?.filter((o) => o.id !== 'job') } : q,
    );
    const dropped = await save(admin, 'mentee_end', { intro, questions: withoutJob }).expect(400);
    expect(dropped.body.error.details).toEqual([
      expect.objectContaining({ field: '/questions/0/options', rule: 'missing_indicator' }),
    ]);
    await save(admin, 'mentee_end', { intro, questions: [] }).expect(400);
    expect((await current(admin))[1]?.version).toBe(1);
  });

  it('reach new invitations, while older ones keep and check against their own', async () => {
    const admin = await members.coordinator();
    const before = await namedMentorship(t, members);
    const old = await invitationOf(t, before.mentee, before.id, 'mentee_start');
    expect(old.definition.version).toBe(1);

    const saved = await save(admin, 'mentee_start', withHousing()).expect(200);
    const version = (saved.body as SurveyDefinition).version;
    expect(version).toBe(2);
    const after = await namedMentorship(t, members);
    const fresh = await invitationOf(t, after.mentee, after.id, 'mentee_start');
    expect(fresh.definition).toEqual({ form: 'mentee_start', version, ...withHousing() });
    expect((await invitationOf(t, before.mentee, before.id, 'mentee_start')).definition).toEqual(
      DEFAULT_SURVEYS.mentee_start,
    );

    const housing = { answers: { challenges: ['housing'] } };
    const refused = await t.http
      .post(`/api/surveys/${old.id}/answers`)
      .set(auth(before.mentee))
      .send(housing)
      .expect(400);
    expect(refused.body.error.details).toEqual([
      expect.objectContaining({ field: '/answers/challenges', rule: 'unknown_option' }),
    ]);
    await t.http
      .post(`/api/surveys/${old.id}/answers`)
      .set(auth(before.mentee))
      .send({ answers: { challenges: ['language'] } })
      .expect(204);
    await t.http
      .post(`/api/surveys/${fresh.id}/answers`)
      .set(auth(after.mentee))
      .send(housing)
      .expect(204);
    const view = await t.http
      .get(`/api/mentorships/${after.id}/start-survey`)
      .set(auth(after.mentor))
      .expect(200);
    expect(view.body).toMatchObject({ definition: { version }, answers: housing.answers });
  });

  it('file anonymous answers under the version they were given in', async () => {
    const admin = await members.coordinator();
    const before = await endedMentorship(t, members);
    const reworded = bodyOf(DEFAULT_SURVEYS.mentee_end);
    reworded.intro = { da: 'Fortæl os, hvordan det gik.', en: 'Tell us how it went.' };
    await save(admin, 'mentee_end', reworded).expect(200);
    const after = await endedMentorship(t, members);
    const oldSurvey = await invitationOf(t, before.mentee, before.id, 'mentee_end');
    const newSurvey = await invitationOf(t, after.mentee, after.id, 'mentee_end');
    expect([oldSurvey.definition.version, newSurvey.definition.version]).toEqual([1, 2]);

    const oldAnswers = { ...MENTEE_END_ANSWERS, hard: ['expectations'] };
    const newAnswers = { ...MENTEE_END_ANSWERS, hard: ['my_situation'] };
    await sendAnonymously(t, await tokenFor(t, before.mentee, oldSurvey.id), oldAnswers).expect(
      204,
    );
    await sendAnonymously(t, await tokenFor(t, after.mentee, newSurvey.id), newAnswers).expect(204);
    const stored = () =>
      t.app.db
        .select({ version: surveyAnswers.version, answers: surveyAnswers.answers })
        .from(surveyAnswers);
    // Two answers wait in the pool: fewer than five move nowhere, and count nowhere yet.
    expect(await movePool(t)).toBe(0);
    expect(await stored()).toEqual([]);
    expect(
      await t.app.db
        .select({ version: surveyAnswerPool.version, answers: surveyAnswerPool.answers })
        .from(surveyAnswerPool),
    ).toEqual(
      expect.arrayContaining([
        { version: 1, answers: oldAnswers },
        { version: 2, answers: newAnswers },
      ]),
    );
    await poolFillers(t, members, 3);
    expect(await movePool(t)).toBe(5);
    const rows = await stored();
    expect(rows).toEqual(
      expect.arrayContaining([
        { version: 1, answers: oldAnswers },
        { version: 2, answers: newAnswers },
      ]),
    );
  });
});
