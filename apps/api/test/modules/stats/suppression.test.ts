import type { Stats } from '@mentorbro/core/stats';
import type { SurveyAnswers } from '@mentorbro/core/survey';
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

/** All alike but for what they say: the same background, one outcome, rating and ticks. */
const menteeAnswer = (ageBand: string, other = false) => ({
  outcomes: [other ? 'education' : 'job'],
  satisfaction: other ? 2 : 5,
  worked: [other ? 'took_time' : 'listened'],
  hard: [other ? 'finding_time' : 'nothing'],
  age_band: ageBand,
  years_in_denmark: 'under_1',
  education_level: 'phd',
});
const mentorAnswer = (other = false): SurveyAnswers =>
  other ? { satisfaction: 2, worked: ['good_relation'] } : { satisfaction: 4 };
const tooFew = (question: string, option: string) => ({
  question,
  option,
  answers: null,
  job: null,
  education: null,
  betterDanish: null,
  satisfied: null,
});

describe('too few to show', () => {
  it('gives no number from 1 to 4 answers, counts from 5, and shares once 5 say yes and 5 no', async () => {
    for (let n = 1; n <= 4; n++) {
      await rows.answer('mentee_end', thisMonth(), 'hovedstaden', menteeAnswer('18-24'));
      await rows.answer('mentor_end', thisMonth(), 'hovedstaden', mentorAnswer());
      expect(surveyNumbers(await stats()), `${n} answers`).toEqual([]);
    }
    await rows.answer('mentee_end', thisMonth(), 'hovedstaden', menteeAnswer('18-24'));
    await rows.answer('mentor_end', thisMonth(), 'hovedstaden', mentorAnswer());
    // 5 alike: each share would be 100 % or 0 %, which tells what every one of them answered.
    const five = await stats();
    expect(surveyNumbers(five).sort()).toEqual([5, 5, 5, 5, 5, 5]);
    expect(five.outcomes).toMatchObject({ answers: 5, satisfied: null });
    expect(five.mentees).toMatchObject({ answers: 5, satisfied: null });
    expect(five.mentors).toMatchObject({ answers: 5, satisfied: null });

    // 4 more who said the opposite: still under 5 on that side.
    for (let n = 1; n <= 4; n++) {
      await rows.answer('mentee_end', thisMonth(), 'hovedstaden', menteeAnswer('18-24', true));
      await rows.answer('mentor_end', thisMonth(), 'hovedstaden', mentorAnswer(true));
    }
    const nine = await stats();
    expect(surveyNumbers(nine).sort()).toEqual([9, 9, 9, 9, 9, 9]);

    // The 5th on the other side: 5 of 10 each way, and every such share shows.
    await rows.answer('mentee_end', thisMonth(), 'hovedstaden', menteeAnswer('18-24', true));
    await rows.answer('mentor_end', thisMonth(), 'hovedstaden', mentorAnswer(true));
    const body = await stats();
    expect(body.outcomes).toMatchObject({ answers: 10, satisfied: 0.5 });
    expect(body.outcomes.shares).toMatchObject({ job: 0.5, education: 0.5, better_danish: null });
    expect(body.background).toContainEqual({
      question: 'age_band',
      option: '18-24',
      answers: 10,
      job: 0.5,
      education: 0.5,
      betterDanish: null, // nobody: 0 of 10
      satisfied: 0.5,
    });
    expect(body.mentees).toMatchObject({ answers: 10, satisfied: 0.5 });
    expect(body.mentees.worked).toContainEqual({ option: 'listened', share: 0.5 });
    expect(body.mentees.hard).toContainEqual({ option: 'nothing', share: 0.5 });
    expect(body.mentors).toMatchObject({ answers: 10, satisfied: 0.5 });
    expect(body.mentors.worked).toContainEqual({ option: 'good_relation', share: 0.5 });
  });

  it('holds for each background group, and hides what the total minus the others would tell', async () => {
    // The 10 answers aged 18-24 of the test above are there already.
    const age = async () => (await stats()).background.filter((r) => r.question === 'age_band');
    const group = (background: Awaited<ReturnType<typeof age>>, option: string) =>
      background.find((row) => row.option === option);
    for (let n = 1; n <= 4; n++) {
      await rows.answer('mentee_end', thisMonth(), 'hovedstaden', menteeAnswer('35-44'));
      const background = await age();
      expect(group(background, '35-44'), `${n} answers aged 35-44`).toEqual(
        tooFew('age_band', '35-44'),
      );
      // 10 + n answers in all, minus the 10 aged 18-24, would give the group of n: so 18-24
      // is hidden too while 35-44 has 1 to 4.
      expect(group(background, '18-24'), `${n} answers aged 35-44`).toEqual(
        tooFew('age_band', '18-24'),
      );
    }
    await rows.answer('mentee_end', thisMonth(), 'hovedstaden', menteeAnswer('35-44'));
    const background = await age();
    // 5 aged 35-44 all ticked job and rated 5: their cells are 100 % and 0 %, so hidden. The
    // total's job count (5 + 5 = 10 of 15) minus 18-24's 5 would give them away, so each of
    // 18-24's cells beside a hidden one goes too; Danish was hidden in both already.
    expect(group(background, '35-44')).toEqual({ ...tooFew('age_band', '35-44'), answers: 5 });
    expect(group(background, '18-24')).toEqual({ ...tooFew('age_band', '18-24'), answers: 10 });
    expect((await stats()).outcomes).toMatchObject({
      answers: 15,
      shares: { job: 10 / 15, education: 5 / 15 },
    });
  });
});
