import type { MatchCondition, MatchPlan } from '@mentorbro/core/match';

/**
 * One term of a ranking as bitmaps: the mentors with any of these values of this kind in
 * facet_bits (kept by triggers, migration 0005) earn its points.
 */
export interface RankTerm {
  kind: string;
  values: string[];
  points: number;
}

/** The bitmap of the mentors meeting a condition of core's match plan. */
export function conditionBits(condition: MatchCondition): Omit<RankTerm, 'points'> {
  switch (condition.kind) {
    case 'goal':
      return { kind: 'goals', values: [condition.goal] };
    case 'field':
      return { kind: 'fields', values: condition.fields };
    case 'language':
    case 'motherTongue':
      return { kind: 'languages', values: condition.tokens };
    case 'municipality':
      return { kind: 'municipality', values: [condition.municipality] };
    case 'region':
      return { kind: 'region', values: [condition.region] };
    case 'meetingMode':
      return { kind: 'meeting_mode', values: condition.modes };
    case 'migrantBackground':
      return { kind: 'migrant', values: ['yes'] };
    case 'education':
      return { kind: 'education', values: condition.levels };
  }
}

/** Her plan's terms, in its order: the database adds the points in that order, as core does. */
export const planTerms = (plan: MatchPlan): RankTerm[] =>
  plan.terms.map((term) => ({ ...conditionBits(term.condition), points: term.points }));

/**
 * Relevance: where her word stands in the mentor's profile. The headline and job title say
 * what a mentor is (4), the field, interests and company what she knows (2), the about text
 * what she mentions (1); a word in several places earns each. Her words add up.
 */
export const WORD_POINTS = { wordA: 4, wordB: 2, wordC: 1 } as const;

export const wordTerms = (words: string[][]): RankTerm[] =>
  words.flatMap((lexemes) =>
    Object.entries(WORD_POINTS).map(([kind, points]) => ({ kind, values: lexemes, points })),
  );
