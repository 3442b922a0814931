import Type, { type Static } from 'typebox';
import { REGIONS } from './catalogue/geography';
import { BACKGROUND_QUESTION_IDS, type OutcomeIndicator } from './survey.rules';

/**
 * # The coordinators' numbers
 *
 * What the funders ask: how fast self-matching gives a mentee a mentor, how mentorships go, and
 * what they achieve. A count of survey answers is shown only from `SMALL_GROUP` up, and a share
 * only when at least `SMALL_GROUP` answered yes and at least `SMALL_GROUP` did not (see
 * `shareOf`); anything else is `null` ("too few to show") in the API, on the page and in the
 * CSV alike.
 */
export const SMALL_GROUP = 5;

const isoDate = Type.String({ format: 'date' });

/** A period of days (both included) and, optionally, the mentees' region. */
export const StatsQuery = Type.Object(
  {
    /** Default: the first day of the month a year before `to`. */
    from: Type.Optional(isoDate),
    /** Default: today. */
    to: Type.Optional(isoDate),
    region: Type.Optional(Type.Enum(REGIONS.map((region) => region.code))),
  },
  { additionalProperties: false },
);
export type StatsQuery = Static<typeof StatsQuery>;

/**
 * A share from 0 to 1, or null when fewer than `SMALL_GROUP` answered yes or fewer than
 * `SMALL_GROUP` did not: so never 0 % or 100 %, and never "1 of 6" (see `shareOf`).
 */
const Share = Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()]);
/** A count of answers, or null when fewer than `SMALL_GROUP`. */
const Answers = Type.Union([Type.Integer({ minimum: SMALL_GROUP }), Type.Null()]);

export const Funnel = Type.Object({
  /** Mentees who registered in the period: the cohort the next three steps follow. */
  registered: Type.Integer(),
  /** ... of whom a coordinator approved (up to today). */
  approved: Type.Integer(),
  /** ... who asked a mentor at least once. */
  firstRequest: Type.Integer(),
  /** ... whom a mentor said yes to at least once. */
  firstMatch: Type.Integer(),
  /** Of the requests sent in the period and answered or expired: the share a mentor accepted. */
  acceptanceRate: Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()]),
  /** Median days from approval to the first yes, for the cohort's matched mentees. */
  medianDaysToMatch: Type.Union([Type.Number({ minimum: 0 }), Type.Null()]),
  requestsSent: Type.Integer(),
  requestsAccepted: Type.Integer(),
  requestsDeclined: Type.Integer(),
  requestsExpired: Type.Integer(),
});
export type Funnel = Static<typeof Funnel>;

export const MentorshipCounts = Type.Object({
  /** Running today (of those started by the period's end). */
  active: Type.Integer(),
  /** ... of which quiet today, by the programme's quiet days. */
  quiet: Type.Integer(),
  /** Ended in the period, as planned or with a result. */
  completed: Type.Integer(),
  /** Ended early in the period. */
  endedEarly: Type.Integer(),
});
export type MentorshipCounts = Static<typeof MentorshipCounts>;

export const MonthRow = Type.Object({
  /** YYYY-MM */
  month: Type.String({ pattern: '^\\d{4}-\\d{2}$' }),
  /** Mentorships started that month. */
  matches: Type.Integer(),
  /** Meetings logged for that month (by the meeting's date). */
  meetings: Type.Integer(),
});
export type MonthRow = Static<typeof MonthRow>;

/**
 * The mentees' end answers in the period: each share of all who answered, shown only when at
 * least `SMALL_GROUP` ticked it and at least `SMALL_GROUP` did not.
 */
export const Outcomes = Type.Object({
  answers: Answers,
  /** One share for each of core's OUTCOME_INDICATORS. */
  shares: Type.Object({
    job: Share,
    education: Share,
    internship: Share,
    better_danish: Share,
    bigger_network: Share,
    clearer_goals: Share,
    more_confidence: Share,
  } satisfies Record<OutcomeIndicator, typeof Share>),
  /** Answered 4 or 5 to "how well did you fit together?". */
  satisfied: Share,
});
export type Outcomes = Static<typeof Outcomes>;

/** One answer option of a background question, and the outcomes of that group. */
export const BackgroundRow = Type.Object({
  question: Type.Enum(BACKGROUND_QUESTION_IDS),
  option: Type.String(),
  answers: Answers,
  job: Share,
  education: Share,
  betterDanish: Share,
  satisfied: Share,
});
export type BackgroundRow = Static<typeof BackgroundRow>;

/** How many chose each option of "what worked" or "what was hard". */
export const TallyRow = Type.Object({
  option: Type.String(),
  /** Share of all who answered that form. */
  share: Share,
});
export type TallyRow = Static<typeof TallyRow>;

export const FormTallies = Type.Object({
  answers: Answers,
  satisfied: Share,
  worked: Type.Array(TallyRow),
  hard: Type.Array(TallyRow),
});
export type FormTallies = Static<typeof FormTallies>;

export const Stats = Type.Object({
  period: Type.Object({
    from: isoDate,
    to: isoDate,
    region: Type.Union([Type.String(), Type.Null()]),
  }),
  funnel: Funnel,
  mentorships: MentorshipCounts,
  /** Every month of the period, oldest first, zeros included. */
  months: Type.Array(MonthRow),
  outcomes: Outcomes,
  background: Type.Array(BackgroundRow),
  mentees: FormTallies,
  mentors: FormTallies,
});
export type Stats = Static<typeof Stats>;

/**
 * `count` of `answers` as a share, or null ("too few to show"). A big group is not enough: in a
 * group of 6 whose members a coordinator can recognise (profiles hold the same region, education
 * and years in Denmark as the background questions), "100 %", "0 %" or "1 of 6" tells her what
 * individuals answered. So the share is shown only when at least `SMALL_GROUP` said yes and at
 * least `SMALL_GROUP` did not, which also means a group of at least 2 × `SMALL_GROUP`.
 */
export function shareOf(count: number, answers: number): number | null {
  return count < SMALL_GROUP || answers - count < SMALL_GROUP ? null : count / answers;
}
