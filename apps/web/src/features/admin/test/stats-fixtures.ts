import type { Stats } from '@mentorbro/core/stats';

/**
 * A year of numbers for all regions. Internships and one background group are too few to show
 * (null), as the API sends them; the rest is big enough.
 */
export function statsFixture(overrides: Partial<Stats> = {}): Stats {
  return {
    period: { from: '2026-01-01', to: '2026-11-24', region: null },
    funnel: {
      registered: 120,
      approved: 100,
      firstRequest: 80,
      firstMatch: 60,
      acceptanceRate: 0.615,
      medianDaysToMatch: 12,
      requestsSent: 130,
      requestsAccepted: 80,
      requestsDeclined: 38,
      requestsExpired: 12,
    },
    mentorships: { active: 45, quiet: 7, completed: 30, endedEarly: 4 },
    months: [
      { month: '2026-01', matches: 5, meetings: 40 },
      { month: '2026-02', matches: 9, meetings: 52 },
      { month: '2026-03', matches: 14, meetings: 61 },
    ],
    outcomes: {
      answers: 32,
      shares: {
        job: 0.44,
        education: 0.25,
        internship: null,
        better_danish: 0.794,
        bigger_network: 0.5,
        clearer_goals: 0.625,
        more_confidence: 0.7,
      },
      satisfied: 0.845,
    },
    background: [
      {
        question: 'age_band',
        option: '25-34',
        answers: 14,
        job: 0.5,
        education: 0.214,
        betterDanish: 0.857,
        satisfied: 0.857,
      },
      {
        question: 'age_band',
        option: '65+',
        answers: null,
        job: null,
        education: null,
        betterDanish: null,
        satisfied: null,
      },
    ],
    mentees: {
      answers: 32,
      satisfied: 0.845,
      worked: [
        { option: 'listened', share: 0.75 },
        { option: 'took_time', share: null },
      ],
      hard: [{ option: 'finding_time', share: 0.4 }],
    },
    mentors: { answers: null, satisfied: null, worked: [], hard: [] },
    ...overrides,
  };
}
