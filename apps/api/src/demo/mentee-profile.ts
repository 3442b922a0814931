import { FIELDS, GOALS, type FieldCode, type GoalCode } from '@mentorbro/core/catalogue';
import type { EducationLevel, MenteeProfileInput } from '@mentorbro/core/profile';
import type { Locale } from '@mentorbro/core/user';
import type { Background } from './backgrounds';
import { spokenLanguages } from './languages';
import { EDUCATIONS_ABROAD, menteeAbout } from './mentee-texts';
import type { Random } from './random';

export interface MenteeFacts {
  locale: Locale;
  municipality: string;
  background: Background;
}

type Years = MenteeProfileInput['yearsInDenmark'];
type DanishLevel = MenteeProfileInput['danishLevel'];

/** Her Danish follows her years here, loosely: some who came long ago never had a course. */
const YEARS: readonly (readonly [Years, number])[] = [
  ['under_1', 10],
  ['1_3', 35],
  ['4_9', 35],
  ['10_plus', 20],
];
const YEARS_RANGE: Record<Years, readonly [number, number]> = {
  under_1: [0, 0],
  '1_3': [1, 3],
  '4_9': [4, 9],
  '10_plus': [10, 20],
};
const DANISH: Record<Years, readonly (readonly [DanishLevel, number])[]> = {
  under_1: [
    ['A1', 3],
    ['A2', 2],
  ],
  '1_3': [
    ['A1', 1],
    ['A2', 4],
    ['B1', 3],
  ],
  '4_9': [
    ['A2', 2],
    ['B1', 4],
    ['B2', 3],
    ['C1', 1],
  ],
  '10_plus': [
    ['A2', 2],
    ['B1', 3],
    ['B2', 3],
    ['C1', 2],
  ],
};

/** Job search comes first for most (DOMAIN.md); Danish practice and a network follow. */
const GOAL_WEIGHTS: Partial<Record<GoalCode, number>> = {
  job_search: 10,
  danish_practice: 7,
  network: 6,
  education: 5,
  specific_trade: 5,
};
const GOALS_WEIGHTED = GOALS.map((goal) => [goal.code, GOAL_WEIGHTS[goal.code] ?? 3] as const);

const FIELD_WEIGHTS: Partial<Record<FieldCode, number>> = {
  health_care: 8,
  education_childcare: 7,
  it: 5,
  social_work: 4,
  retail: 4,
  hospitality: 4,
  cleaning_facility: 4,
};
const FIELDS_WEIGHTED = FIELDS.map(
  (field) => [field.code, FIELD_WEIGHTS[field.code] ?? 2] as const,
);

/** Many are well educated abroad (DOMAIN.md); the education may not count here yet. */
const EDUCATION: readonly (readonly [EducationLevel, number])[] = [
  ['primary', 10],
  ['upper_secondary', 15],
  ['vocational', 15],
  ['short_higher', 10],
  ['bachelor', 30],
  ['master', 17],
  ['phd', 3],
];

function educationAbroad(random: Random, level: EducationLevel, fields: readonly FieldCode[]) {
  if (level === 'primary' || level === 'upper_secondary' || !random.chance(0.85)) return undefined;
  // Mostly she wants to work in what she trained for.
  const matching = EDUCATIONS_ABROAD.filter(([field]) => field === fields[0]);
  const [, words] = random.pick(
    matching.length > 0 && random.chance(0.7) ? matching : EDUCATIONS_ABROAD,
  );
  return words;
}

/** A complete, valid mentee profile. `withAbout` is false when her text is the problem. */
export function menteeProfile(
  random: Random,
  facts: MenteeFacts,
  withAbout: boolean,
): MenteeProfileInput {
  const yearsInDenmark = random.weighted(YEARS);
  const danishLevel = random.weighted(DANISH[yearsInDenmark]);
  const goals = random.weightedSample(GOALS_WEIGHTED, random.int(1, 3));
  const desiredFields = random.weightedSample(
    FIELDS_WEIGHTED,
    random.weighted([
      [0, 1],
      [1, 5],
      [2, 3],
      [3, 1],
    ] as const),
  );
  const educationLevel = random.weighted(EDUCATION);
  const education = educationAbroad(random, educationLevel, desiredFields);
  const about = menteeAbout(random, {
    locale: facts.locale,
    yearsHere: random.int(...YEARS_RANGE[yearsInDenmark]),
    goals,
    desiredFields,
    education,
    children: random.weighted([
      [0, 8],
      [1, 4],
      [2, 5],
      [3, 2],
      [4, 1],
    ] as const),
  });
  return {
    goals,
    desiredFields,
    educationLevel,
    ...(education ? { educationField: education[facts.locale] } : {}),
    yearsInDenmark,
    danishLevel,
    // Danish has its own question; the rest, mother tongue first, are her other languages.
    otherLanguages: spokenLanguages(random, facts.background, danishLevel).filter(
      (language) => language.code !== 'da',
    ),
    municipality: facts.municipality,
    meetingMode: random.weighted([
      ['in_person', 5],
      ['both', 4],
      ['online', 1],
    ] as const),
    wishes: {
      woman: random.chance(0.85),
      sharedLanguage: random.chance(0.3),
      migrantBackground: random.chance(0.2),
    },
    ...(withAbout && random.chance(0.8) ? { about } : {}),
  };
}
