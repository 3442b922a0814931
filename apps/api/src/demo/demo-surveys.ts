import { and, asc, eq } from 'drizzle-orm';
import type { RegionCode } from '@mentorbro/core/catalogue';
import type { SurveyAnswers } from '@mentorbro/core/survey';
import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import { BACKGROUND_QUESTIONS } from '@mentorbro/core/survey-rules';
import type { Executor } from '../db/client';
import { surveyAnswers, surveyInvitations } from '../db/schema';
import { DEMO_SEED } from './generator';
import { Random } from './random';

/**
 * The end answers a year of the network would have given, so the coordinators' dashboard has
 * something to show on the first start. Anonymous like real ones: a form, a month, a region.
 * One answer for each end survey the demo's history marks answered (demo-history.ts), and at
 * least 40 mentee and 25 mentor answers, each in the month its survey was offered.
 *
 * The seed report's results are met by quota, not by chance, so the demo shows them whatever
 * the draw: 44 % got a job, 25 % started an education, 79 % improved their Danish, 84-85 %
 * were satisfied with the match. Regions too: most in hovedstaden, 5 in syddanmark (just enough
 * to show), a few in midtjylland and sjaelland ("too few to show" there).
 */
export const MENTEE_ANSWERS = 40;
export const MENTOR_ANSWERS = 25;
/** Its own stream of the demo's generator, so adding answers changes no demo person. */
const SURVEY_SEED = DEMO_SEED + 1;

const QUOTAS = { job: 0.44, education: 0.25, better_danish: 0.79, satisfied: 0.85 } as const;
/** The other outcomes, drawn one answer at a time. */
const OUTCOME_CHANCES = {
  internship: 0.15,
  bigger_network: 0.6,
  clearer_goals: 0.55,
  more_confidence: 0.65,
};
const REGION_SHARES: [RegionCode, number][] = [
  ['syddanmark', 0.125],
  ['midtjylland', 0.1],
  ['sjaelland', 0.05],
];

/** How often each option of "what worked" and "what was hard" is ticked; the rest 0.2. */
const TICKS: Record<string, number> = {
  listened: 0.7,
  good_relation: 0.65,
  took_time: 0.5,
  worked_on_what_mattered: 0.45,
  mentee_open: 0.6,
  mentee_motivated: 0.55,
  new_insights: 0.5,
  finding_time: 0.45,
  my_situation: 0.25,
  understanding: 0.15,
  no_relation: 0.06,
};

const BACKGROUND_WEIGHTS: Record<string, number> = {
  '18-24': 10,
  '25-34': 35,
  '35-44': 35,
  '45-54': 15,
  '55-64': 5,
  under_1: 10,
  '1_3': 35,
  '4_9': 35,
  '10_plus': 20,
  primary: 8,
  upper_secondary: 15,
  vocational: 10,
  short_higher: 10,
  bachelor: 35,
  master: 20,
  phd: 2,
};

/** Exactly round(n × share) of n answers, at random places. */
function quota(random: Random, n: number, share: number): boolean[] {
  const chosen = new Set(random.sample([...Array(n).keys()], Math.round(n * share)));
  return [...Array(n).keys()].map((i) => chosen.has(i));
}

function regions(random: Random, n: number): RegionCode[] {
  const list = REGION_SHARES.flatMap(([region, share]): RegionCode[] =>
    Array<RegionCode>(Math.round(n * share)).fill(region),
  );
  list.push(...Array<RegionCode>(n - list.length).fill('hovedstaden'));
  return random.sample(list, n);
}

function optionsOf(form: 'mentee_end' | 'mentor_end', question: string): string[] {
  const found = DEFAULT_SURVEYS[form].questions.find((q) => q.id === question);
  return (found?.options ?? []).map((option) => option.id);
}

/** Ticked options of a question; "nothing was hard" stands alone. */
function ticks(random: Random, options: string[]): string[] {
  if (options.includes('nothing') && random.chance(0.2)) return ['nothing'];
  return options.filter((id) => id !== 'nothing' && random.chance(TICKS[id] ?? 0.2));
}

/** 1-5: 4 or 5 when satisfied, else 2 or 3 (a 1 now and then). */
const rating = (random: Random, satisfied: boolean) =>
  satisfied ? random.pick([4, 5, 5]) : random.pick([1, 2, 3, 3]);

function monthsAgo(now: Date, months: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1))
    .toISOString()
    .slice(0, 10);
}

function menteeAnswers(random: Random, n: number): SurveyAnswers[] {
  const got = {
    job: quota(random, n, QUOTAS.job),
    education: quota(random, n, QUOTAS.education),
    better_danish: quota(random, n, QUOTAS.better_danish),
  };
  // Two leave the rating out: the share satisfied is of those who rated.
  const rated = n - 2;
  const satisfied = quota(random, rated, QUOTAS.satisfied);
  return [...Array(n).keys()].map((i) => {
    const outcomes = [
      ...(['job', 'education', 'better_danish'] as const).filter((id) => got[id][i]),
      ...Object.entries(OUTCOME_CHANCES)
        .filter(([, chance]) => random.chance(chance))
        .map(([id]) => id),
    ];
    const answers: SurveyAnswers = {
      outcomes,
      worked: ticks(random, optionsOf('mentee_end', 'worked')),
      hard: ticks(random, optionsOf('mentee_end', 'hard')),
    };
    if (i < rated) answers.satisfaction = rating(random, satisfied[i] ?? false);
    for (const [question, options] of Object.entries(BACKGROUND_QUESTIONS)) {
      // Background questions may be skipped too; about one in ten does.
      if (random.chance(0.1)) continue;
      answers[question] = random.weighted(
        options.map((o) => [o, BACKGROUND_WEIGHTS[o] ?? 1] as const),
      );
    }
    return answers;
  });
}

function mentorAnswers(random: Random, n: number): SurveyAnswers[] {
  const satisfied = quota(random, n, QUOTAS.satisfied);
  return satisfied.map((happy) => ({
    satisfaction: rating(random, happy),
    worked: ticks(random, optionsOf('mentor_end', 'worked')),
    hard: ticks(random, optionsOf('mentor_end', 'hard')),
  }));
}

/** The months of the end surveys marked answered, oldest first: where the answers belong. */
async function answeredMonths(
  db: Executor,
  programmeId: string,
  form: 'mentee_end' | 'mentor_end',
) {
  const rows = await db
    .select({ at: surveyInvitations.createdAt })
    .from(surveyInvitations)
    .where(
      and(
        eq(surveyInvitations.programmeId, programmeId),
        eq(surveyInvitations.form, form),
        eq(surveyInvitations.status, 'answered'),
      ),
    )
    .orderBy(asc(surveyInvitations.createdAt));
  return rows.map((row) => `${row.at.toISOString().slice(0, 7)}-01`);
}

/** Writes the demo's end answers, spread over the last 12 months; returns how many of each. */
export async function seedDemoSurveys(db: Executor, programmeId: string, now: Date) {
  const months = {
    mentee_end: await answeredMonths(db, programmeId, 'mentee_end'),
    mentor_end: await answeredMonths(db, programmeId, 'mentor_end'),
  };
  const random = new Random(SURVEY_SEED);
  // As many as the history's answered end surveys (fewer mentors than mentees: the busy
  // volunteers answer less), and never below the floors.
  const mentees = menteeAnswers(random, Math.max(MENTEE_ANSWERS, months.mentee_end.length));
  const mentors = mentorAnswers(random, Math.max(MENTOR_ANSWERS, months.mentor_end.length));
  // Never before the dashboard's default year (its first month is 12 months back).
  const earliest = monthsAgo(now, 12);
  const rowsOf = (form: 'mentee_end' | 'mentor_end', list: SurveyAnswers[]) => {
    const places = regions(random, list.length);
    return list.map((answers, i) => {
      const month = months[form][i];
      return {
        programmeId,
        form,
        version: 1,
        month: month ? (month < earliest ? earliest : month) : monthsAgo(now, random.int(0, 11)),
        region: places[i] ?? 'hovedstaden',
        answers,
      };
    });
  };
  const rows = [...rowsOf('mentee_end', mentees), ...rowsOf('mentor_end', mentors)];
  await db.insert(surveyAnswers).values(rows);
  return { mentees: mentees.length, mentors: mentors.length };
}
