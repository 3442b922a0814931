import type { Stats } from '@mentorbro/core/stats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedSession } from '../../../src/modules/auth/auth.service';
import { adminOfProgrammeAndLogin, insertProgramme } from '../../helpers/admin';
import { auth } from '../../helpers/profiles';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { statsRows } from './stats-rows';

let t: TestApp;
let coordinator: IssuedSession;
let rows: ReturnType<typeof statsRows>;

beforeAll(async () => {
  t = await createTestApp();
  const programme = await insertProgramme(t);
  coordinator = await adminOfProgrammeAndLogin(t, programme.id);
  rows = statsRows(t, programme.id);
});
afterAll(() => t.close());

const stats = async () =>
  (await t.http.get('/api/admin/stats').set(auth(coordinator)).expect(200)).body as Stats;
const thisMonth = () => `${t.clock.now().toISOString().slice(0, 7)}-01`;

/** Every number the survey half of the dashboard gives: counts and shares alike. */
function surveyNumbers(body: Stats): number[] {
  const numbers: number[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'number') numbers.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk([body.outcomes, body.background, body.mentees, body.mentors]);
  return numbers;
}

const menteeAnswer = (ageBand: string) => ({
  outcomes: ['job'],
  satisfaction: 5,
  worked: ['listened'],
  hard: ['nothing'],
  age_band: ageBand,
  years_in_denmark: 'under_1',
  education_level: 'phd',
});

describe('too few to show', () => {
  it('gives no survey number from 1 to 4 answers, and all of them from 5', async () => {
    for (let n = 1; n <= 4; n++) {
      await rows.answer('mentee_end', thisMonth(), 'hovedstaden', menteeAnswer('18-24'));
      await rows.answer('mentor_end', thisMonth(), 'hovedstaden', { satisfaction: 4 });
      expect(surveyNumbers(await stats()), `${n} answers`).toEqual([]);
    }
    await rows.answer('mentee_end', thisMonth(), 'hovedstaden', menteeAnswer('18-24'));
    await rows.answer('mentor_end', thisMonth(), 'hovedstaden', { satisfaction: 4 });
    const body = await stats();
    expect(body.outcomes).toMatchObject({ answers: 5, satisfied: 1 });
    expect(body.outcomes.shares).toMatchObject({ job: 1, education: 0 });
    expect(body.background).toContainEqual({
      question: 'age_band',
      option: '18-24',
      answers: 5,
      job: 1,
      education: 0,
      betterDanish: 0,
      satisfied: 1,
    });
    expect(body.mentees).toMatchObject({ answers: 5, satisfied: 1 });
    expect(body.mentees.worked).toContainEqual({ option: 'listened', share: 1 });
    expect(body.mentors).toMatchObject({ answers: 5, satisfied: 1 });
    expect(body.mentors.worked).toContainEqual({ option: 'good_relation', share: 0 });
  });

  it('holds for each background group, whatever the total', async () => {
    const group = async () => (await stats()).background.find((row) => row.option === '35-44');
    for (let n = 1; n <= 4; n++) {
      await rows.answer('mentee_end', thisMonth(), 'hovedstaden', menteeAnswer('35-44'));
      expect(await group(), `${n} answers aged 35-44`).toEqual({
        question: 'age_band',
        option: '35-44',
        answers: null,
        job: null,
        education: null,
        betterDanish: null,
        satisfied: null,
      });
    }
    await rows.answer('mentee_end', thisMonth(), 'hovedstaden', menteeAnswer('35-44'));
    expect(await group()).toEqual({
      question: 'age_band',
      option: '35-44',
      answers: 5,
      job: 1,
      education: 0,
      betterDanish: 0,
      satisfied: 1,
    });
    expect((await stats()).outcomes.answers).toBe(10);
  });
});
