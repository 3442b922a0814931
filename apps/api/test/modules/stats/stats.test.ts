import type { BackgroundRow, Stats, TallyRow } from '@mentorbro/core/stats';
import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedSession } from '../../../src/modules/auth/auth.service';
import { auth } from '../../helpers/profiles';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { statsFixture } from './stats-fixture';

// Every number below is worked out by hand from the tables in stats-fixture.ts: mentees M1-M12,
// requests r1-r12, mentorships A1-A7, the mentees' end answers h1-h12 and s1-s3. A share is
// shown only when at least 5 ticked it and at least 5 did not (core's shareOf), else null.
let t: TestApp;
let coordinator: IssuedSession;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await statsFixture(t);
});
afterAll(() => t.close());

const stats = async (query: Record<string, string> = {}) =>
  (await t.http.get('/api/admin/stats').query(query).set(auth(coordinator)).expect(200))
    .body as Stats;

const tally = (options: [string, number | null][]): TallyRow[] =>
  options.map(([option, share]) => ({ option, share }));
const allNull = (options: string[]) => tally(options.map((option) => [option, null]));
const optionsOf = (form: 'mentee_end' | 'mentor_end', question: string) =>
  DEFAULT_SURVEYS[form].questions.find((q) => q.id === question)?.options?.map((o) => o.id) ?? [];
const tooFew = (question: BackgroundRow['question'], option: string): BackgroundRow => ({
  question,
  option,
  answers: null,
  job: null,
  education: null,
  betterDanish: null,
  satisfied: null,
});
const ZERO_MONTH = { matches: 0, meetings: 0 };
const NO_SHARES = {
  job: null,
  education: null,
  internship: null,
  better_danish: null,
  bigger_network: null,
  clearer_goals: null,
  more_confidence: null,
};
const NO_BACKGROUND: BackgroundRow[] = [
  ...['18-24', '25-34', '35-44', '45-54', '55-64', '65+'].map((o) => tooFew('age_band', o)),
  ...['under_1', '1_3', '4_9', '10_plus'].map((o) => tooFew('years_in_denmark', o)),
  ...['primary', 'upper_secondary', 'vocational', 'short_higher', 'bachelor', 'master', 'phd'].map(
    (o) => tooFew('education_level', o),
  ),
];
const NO_MENTORS = {
  answers: null,
  satisfied: null,
  worked: allNull(optionsOf('mentor_end', 'worked')),
  hard: allNull(optionsOf('mentor_end', 'hard')),
};

describe('the dashboard for the default period (12 months before this one, and this one)', () => {
  it('gives every number as worked out by hand', async () => {
    expect(await stats()).toEqual({
      period: { from: '2025-06-01', to: '2026-06-15', region: null },
      funnel: {
        // M1-M8, M11 and M12; not M9 (an hour before the period) nor M10.
        registered: 10,
        // M1-M5 and M8; M6 and M12 wait, M7 has no profile, M11 was rejected.
        approved: 6,
        // M1-M5 asked at least once.
        firstRequest: 5,
        // M1, M2, M3 and M5 got a yes.
        firstMatch: 4,
        // Sent in the period: r1-r10 and r12 (r11 was in 2024). Accepted r2 r3 r4 r9 r10 r12,
        // declined r1 r8, expired r6; r5 (withdrawn) and r7 (pending) were never answered.
        acceptanceRate: 6 / (6 + 2 + 1),
        // Approval to first yes: M3 3.0, M2 5.5, M1 10.0, M5 14.0 days; (5.5 + 10) / 2 = 7.75.
        medianDaysToMatch: 7.8,
        requestsSent: 11,
        requestsAccepted: 6,
        requestsDeclined: 2,
        requestsExpired: 1,
      },
      mentorships: {
        // A2, A3, A5 and A7 run today.
        active: 4,
        // A3: last log 2026-04-01, before 2026-05-16. A7 has no log but began 2026-06-01.
        quiet: 1,
        // A1 ended 2026-02-10; A6 ended the day before the period.
        completed: 1,
        // A4, 2026-04-15.
        endedEarly: 1,
      },
      months: [
        { month: '2025-06', matches: 1, meetings: 1 }, // A5 starts; A5 06-20
        { month: '2025-07', ...ZERO_MONTH },
        { month: '2025-08', matches: 1, meetings: 1 }, // A1; A1 08-15
        { month: '2025-09', matches: 1, meetings: 1 }, // A2; A2 09-25
        { month: '2025-10', matches: 1, meetings: 2 }, // A3; A2 10-04 and 10-15
        { month: '2025-11', matches: 0, meetings: 1 }, // A3 11-05
        { month: '2025-12', ...ZERO_MONTH },
        { month: '2026-01', matches: 0, meetings: 2 }, // A1 01-10 and 01-11
        { month: '2026-02', matches: 1, meetings: 1 }, // A4; A4 02-10
        { month: '2026-03', matches: 0, meetings: 1 }, // A4 03-10
        { month: '2026-04', matches: 0, meetings: 1 }, // A3 04-01
        { month: '2026-05', ...ZERO_MONTH },
        // A7; A2 06-01 and A5 06-15 (today), not A5 06-16 (the day after the period).
        { month: '2026-06', matches: 1, meetings: 2 },
      ],
      outcomes: {
        // h1-h12 and s1-s3; not the answer from May 2025 nor the other programme's.
        answers: 15,
        shares: {
          job: 6 / 15, // h1 h2 h5 s1 h8 h9: 6 yes, 9 no
          education: null, // h3 s3: 2 yes
          internship: null, // h7: 1 yes
          better_danish: 7 / 15, // h1 h2 h3 h4 s2 s3 h8: 7 yes, 8 no
          bigger_network: null, // h2 h12: 2 yes
          clearer_goals: null, // h4 h11: 2 yes
          more_confidence: null, // h7: 1 yes
        },
        // 13 rated the match (h5 and h12 skipped it); 4 or 5 from h1 h2 h4 h7 s1 s2 h8: 7 yes,
        // 6 no (h3 h6 s3 h9 h10 h11).
        satisfied: 7 / 13,
      },
      background: [
        // Age: 25-34 has 10, the hidden groups 35-44 (4) and 45-54 (1) add up to 5, so no
        // more is hidden; 25-34 is the only row shown, so no cell of it needs to go either.
        tooFew('age_band', '18-24'),
        // h1 h2 h4 h6 s1 s3 h8 h9 h10 h11: job h1 h2 s1 h8 h9 (5 of 10), education s3 (1),
        // Danish h1 h2 h4 s3 h8 (5 of 10); all 10 rated, 4 or 5 from h1 h2 h4 s1 h8 (5 of 10).
        {
          question: 'age_band',
          option: '25-34',
          answers: 10,
          job: 5 / 10,
          education: null,
          betterDanish: 5 / 10,
          satisfied: 5 / 10,
        },
        tooFew('age_band', '35-44'), // h3 h5 s2 h12: 4
        tooFew('age_band', '45-54'), // h7
        tooFew('age_band', '55-64'),
        tooFew('age_band', '65+'),
        // Years: 1_3 has 5 (h3 h4 s1 s3 h8) and 4_9 has 9, so only h6 (10_plus) is hidden:
        // 15 - 5 - 9 = 1 would give her group's size, and her outcomes from the totals. So the
        // smallest shown group, 1_3, is hidden too, and 1 + 5 = 6 are out of sight.
        tooFew('years_in_denmark', 'under_1'),
        tooFew('years_in_denmark', '1_3'),
        // h1 h2 h5 h7 s2 h9 h10 h11 h12: job h1 h2 h5 h9 (4 of 9), no education, Danish h1 h2 s2
        // (3), 7 rated (not h5 h12) of whom h1 h2 h7 s2 gave 4 or 5: under 10, no share at all.
        {
          question: 'years_in_denmark',
          option: '4_9',
          answers: 9,
          job: null,
          education: null,
          betterDanish: null,
          satisfied: null,
        },
        tooFew('years_in_denmark', '10_plus'), // h6
        // Education: bachelor has 10, master (4) and vocational (1) add up to 5: nothing more.
        tooFew('education_level', 'primary'),
        tooFew('education_level', 'upper_secondary'),
        tooFew('education_level', 'vocational'), // s2
        tooFew('education_level', 'short_higher'),
        // h1 h2 h4 h5 s1 s3 h8 h9 h10 h11: job h1 h2 h5 s1 h8 h9 (6 yes, only 4 no), education
        // s3 (1), Danish h1 h2 h4 s3 h8 (5 of 10); 9 rated (not h5): under 10, no share.
        {
          question: 'education_level',
          option: 'bachelor',
          answers: 10,
          job: null,
          education: null,
          betterDanish: 5 / 10,
          satisfied: null,
        },
        tooFew('education_level', 'master'), // h3 h6 h7 h12: 4
        tooFew('education_level', 'phd'),
      ],
      mentees: {
        answers: 15,
        satisfied: 7 / 13,
        worked: tally([
          ['listened', 6 / 15], // h1 h2 h4 h7 s1 h12: 6 yes, 9 no
          ['good_relation', null], // h1 h5 s2 h9: 4
          ['took_time', null], // h3 h4 h8: 3
          ['right_background', null], // nobody: 0 % is not shown either
          ['worked_on_what_mattered', null],
          ['good_results', null],
          ['methods', null], // h11
          ['met_often', null], // h7, on version 2: appended after the default's options
        ]),
        hard: tally([
          ['finding_time', 5 / 15], // h1 h3 h7 s1 h8: 5 yes, 10 no
          ['understanding', null], // h3 s3
          ['mentor_busy', null], // h5 h12
          ['no_relation', null], // h6
          ['my_situation', null], // h11
          ['expectations', null], // h6
          ['nothing', 5 / 15], // h2 h4 s2 h9 h10: 5 yes, 10 no
        ]),
      },
      // Four mentors answered: too few to show anything.
      mentors: NO_MENTORS,
    });
  });
});

describe('a region', () => {
  it('counts only mentees of that region, and hides every survey group under 5', async () => {
    expect(await stats({ region: 'syddanmark' })).toEqual({
      period: { from: '2025-06-01', to: '2026-06-15', region: 'syddanmark' },
      funnel: {
        registered: 2, // M3 and M5 (M10 registered in 2024)
        approved: 2,
        firstRequest: 2,
        firstMatch: 2,
        // r4 accepted, r8 declined, r9 accepted: 2 / (2 + 1)
        acceptanceRate: 2 / 3,
        medianDaysToMatch: 8.5, // (3 + 14) / 2
        requestsSent: 3,
        requestsAccepted: 2,
        requestsDeclined: 1,
        requestsExpired: 0,
      },
      // A3 runs and is quiet, A4 ended early; A6 ended before the period.
      mentorships: { active: 1, quiet: 1, completed: 0, endedEarly: 1 },
      months: [
        { month: '2025-06', ...ZERO_MONTH },
        { month: '2025-07', ...ZERO_MONTH },
        { month: '2025-08', ...ZERO_MONTH },
        { month: '2025-09', ...ZERO_MONTH },
        { month: '2025-10', matches: 1, meetings: 0 }, // A3
        { month: '2025-11', matches: 0, meetings: 1 }, // A3 11-05
        { month: '2025-12', ...ZERO_MONTH },
        { month: '2026-01', ...ZERO_MONTH },
        { month: '2026-02', matches: 1, meetings: 1 }, // A4; A4 02-10
        { month: '2026-03', matches: 0, meetings: 1 }, // A4 03-10
        { month: '2026-04', matches: 0, meetings: 1 }, // A3 04-01
        { month: '2026-05', ...ZERO_MONTH },
        { month: '2026-06', ...ZERO_MONTH },
      ],
      // s1-s3 only: 3 answers, so no survey number at all.
      outcomes: { answers: null, shares: NO_SHARES, satisfied: null },
      background: NO_BACKGROUND,
      mentees: {
        answers: null,
        satisfied: null,
        worked: allNull([...optionsOf('mentee_end', 'worked'), 'met_often']),
        hard: allNull(optionsOf('mentee_end', 'hard')),
      },
      mentors: NO_MENTORS,
    });
  });

  it('drops mentees without a profile, and shows a group of 12', async () => {
    const { funnel, outcomes } = await stats({ region: 'hovedstaden' });
    expect(funnel).toEqual({
      registered: 7, // M1 M2 M4 M6 M8 M11 M12; M7 has no profile, so no region
      approved: 4, // M1 M2 M4 M8
      firstRequest: 3, // M1 M2 M4
      firstMatch: 2, // M1 M2
      // r1-r3, r5-r7, r10, r12: accepted r2 r3 r10 r12, declined r1, expired r6.
      acceptanceRate: 4 / 6,
      medianDaysToMatch: 7.8, // (5.5 + 10) / 2 = 7.75
      requestsSent: 8,
      requestsAccepted: 4,
      requestsDeclined: 1,
      requestsExpired: 1,
    });
    expect(outcomes).toEqual({
      answers: 12, // h1-h12
      shares: {
        job: 5 / 12, // h1 h2 h5 h8 h9: 5 yes, 7 no
        education: null, // h3
        internship: null, // h7
        better_danish: 5 / 12, // h1 h2 h3 h4 h8: 5 yes, 7 no
        bigger_network: null, // h2 h12
        clearer_goals: null, // h4 h11
        more_confidence: null, // h7
      },
      // 10 rated (not h5 h12): h1 h2 h4 h7 h8 gave 4 or 5, h3 h6 h9 h10 h11 did not.
      satisfied: 5 / 10,
    });
  });
});
