/**
 * # Match scoring
 *
 * How well a mentor fits a mentee, from the programmes' matching criteria (DOMAIN.md, "How a
 * mentorship runs", step 2; seeds/002 section 4.2). Pure: the API applies the hard rules
 * (approved, active, not paused, free capacity) in SQL and scores only those candidates.
 *
 * ## The one hard rule: a shared language
 * Without a language both can use, there is no mentorship: scoreMatch() returns null.
 * A language is usable when both speak it at B1 or above (CEFR; "native" is above C2): SAJO's
 * bar, and the level at which a mentorship conversation works. Danish has one exception:
 * a mentee's A2 Danish is enough when the mentor's Danish is C1 or native. Most mentees are
 * still learning Danish (A2-B2), the programmes take them and ask mentors to speak slowly and
 * plainly (002, 4.2.2), and practising Danish is itself a goal; two learners at A2 and B1
 * would not understand each other, so the mentor must be strong. A1 is never enough.
 *
 * ## Weights (MATCH_WEIGHTS), in the programmes' order
 * | criterion              | points | why |
 * |------------------------|--------|-----|
 * | goals                  | 40     | Her goals drive the match ("it is always the mentee's goal that steers the matching", 002 4.2.1). Split over her goals by her order, each counting half the one before (1, 1/2, 1/4, …): her first goal outweighs all her later ones together and never counts less than the field; more covered goals score more. |
 * | field                  | 20     | The mentor's relevant field: the mentor works in a field she wants to work in. |
 * | language               | 12     | A shared language besides Danish, both at B1+. Scaled by her Danish: full at A1-A2, 3/4 at B1, 1/2 at B2, 1/4 at C1-C2; the weaker her Danish, the more it helps. |
 * | sharedLanguageWish     | 6      | Added to the above when she asked for a shared language. |
 * | motherTongue           | 3      | Added when that language is the mother tongue of both ("a shared mother tongue can help"). |
 * | municipality           | 10     | Practical conditions: same municipality, easy to meet in person. |
 * | region                 | 5      | Same region, other municipality: a longer trip. |
 * | meetingMode            | 8      | Her in-person or online choice fits the mentor's; 'both' fits anything. In person vs online-only earns nothing. |
 * | migrantBackgroundWish  | 8      | She asked for a mentor with a migrant background, and the mentor chose to show hers. Never inferred. |
 * | womanWish              | 0      | Neutral: in a women-only programme (KVINFO) every mentor is a woman, so the wish ranks nobody higher. A programme with men as mentors would first need a gender field on the mentor profile. |
 * | education              | 4      | She aims at an education and the mentor has one at least at her level (and beyond school). |
 *
 * Ethnicity is not a criterion (programmes match across it); a migrant background counts only
 * as her wish. The score is the points earned over the points this mentee could earn at most
 * (criteria that cannot apply to her, such as a field when she named none, are left out of
 * both), as an integer 0-100. Reasons come ordered by the points behind them.
 */
import { LANGUAGE_LEVELS, type LanguageLevel } from './catalogue/languages';
import { MUNICIPALITIES } from './catalogue/geography';
import { EDUCATION_LEVELS, MEETING_MODES } from './catalogue/profile-options';
import type { MatchReason } from './match.reasons';
import type { MenteeProfileInput } from './profile.schema';
import type { MentorPublicProfile } from './profile.view';

export { reasonText, type MatchReason } from './match.reasons';

export const MATCH_WEIGHTS = {
  goals: 40,
  field: 20,
  language: 12,
  sharedLanguageWish: 6,
  motherTongue: 3,
  municipality: 10,
  region: 5,
  meetingMode: 8,
  migrantBackgroundWish: 8,
  womanWish: 0,
  education: 4,
} as const;

/** How much a shared non-Danish language adds, by her Danish level. */
const LANGUAGE_FACTOR_BY_DANISH: Record<MenteeProfileInput['danishLevel'], number> = {
  A1: 1,
  A2: 1,
  B1: 0.75,
  B2: 0.5,
  C1: 0.25,
  C2: 0.25,
};

/** What scoring reads; the API may pass lighter rows than whole profiles. */
export type MatchMentee = Pick<
  MenteeProfileInput,
  | 'goals'
  | 'desiredFields'
  | 'educationLevel'
  | 'danishLevel'
  | 'otherLanguages'
  | 'municipality'
  | 'meetingMode'
  | 'wishes'
>;
export type MatchMentor = Pick<
  MentorPublicProfile,
  | 'id'
  | 'field'
  | 'educationLevel'
  | 'languages'
  | 'municipality'
  | 'region'
  | 'meetingMode'
  | 'goals'
  | 'personal'
>;

export interface MatchResult {
  /** 0-100, an integer. */
  score: number;
  reasons: MatchReason[];
}

const rank = (level: LanguageLevel) => LANGUAGE_LEVELS.indexOf(level);
const regionOf = new Map(MUNICIPALITIES.map((m) => [m.code, m.region]));

/** A mentor's language as one token, `ar:C1`: what the database indexes and a plan asks for. */
export const languageToken = (code: string, level: LanguageLevel) => `${code}:${level}`;

export function languageTokens(languages: readonly { code: string; level: LanguageLevel }[]) {
  return languages.map((language) => languageToken(language.code, language.level));
}

/** The mentor levels at which a language she speaks at `menteeLevel` is usable by both. */
function usableLevels(code: string, menteeLevel: LanguageLevel): LanguageLevel[] {
  return LANGUAGE_LEVELS.filter((mentorLevel) => {
    if (rank(mentorLevel) < rank('B1')) return false;
    if (rank(menteeLevel) >= rank('B1')) return true;
    return code === 'da' && menteeLevel === 'A2' && rank(mentorLevel) >= rank('C1');
  });
}

/**
 * What a term asks of a mentor. Each is a plain fact of her profile, so the same plan runs
 * here and as SQL over the stored columns (the API's recommendations), with one meaning.
 */
export type MatchCondition =
  | { kind: 'goal'; goal: string }
  | { kind: 'field'; fields: string[] }
  /** She speaks one of these languages at that level (tokens from languageToken()). */
  | { kind: 'language'; tokens: string[] }
  /** Same, for both speaking it as a mother tongue; adds to 'language'. */
  | { kind: 'motherTongue'; tokens: string[] }
  | { kind: 'municipality'; municipality: string }
  | { kind: 'region'; region: string }
  | { kind: 'meetingMode'; modes: string[] }
  | { kind: 'migrantBackground' }
  | { kind: 'education'; levels: string[] };

export interface MatchTerm {
  condition: MatchCondition;
  points: number;
}

/**
 * Her score as a sum: each term's points when the mentor meets its condition. The score is
 * linear in the mentor's facts, which is what lets the database rank by it.
 */
export interface MatchPlan {
  /** The hard rule: the mentor speaks one of these (language tokens), or is no match. */
  usable: string[];
  terms: MatchTerm[];
  /** The points of all terms: the score is earned/max. */
  max: number;
}

function goalTerms(mentee: MatchMentee): MatchTerm[] {
  const weight = (index: number) => 0.5 ** index;
  const total = mentee.goals.reduce((sum, _goal, index) => sum + weight(index), 0);
  return mentee.goals.map((goal, index) => ({
    condition: { kind: 'goal', goal },
    points: (MATCH_WEIGHTS.goals * weight(index)) / total,
  }));
}

function languageTerms(mentee: MatchMentee): MatchTerm[] {
  const others = mentee.otherLanguages.filter((language) => rank(language.level) >= rank('B1'));
  if (others.length === 0) return [];
  const base = MATCH_WEIGHTS.language * LANGUAGE_FACTOR_BY_DANISH[mentee.danishLevel];
  const wish = mentee.wishes.sharedLanguage ? MATCH_WEIGHTS.sharedLanguageWish : 0;
  const terms: MatchTerm[] = [
    {
      condition: {
        kind: 'language',
        tokens: others.flatMap((l) =>
          usableLevels(l.code, l.level).map((level) => languageToken(l.code, level)),
        ),
      },
      points: base + wish,
    },
  ];
  const native = others.filter((language) => language.level === 'native');
  if (native.length > 0) {
    terms.push({
      condition: {
        kind: 'motherTongue',
        tokens: native.map((language) => languageToken(language.code, 'native')),
      },
      points: MATCH_WEIGHTS.motherTongue,
    });
  }
  return terms;
}

function placeTerms(mentee: MatchMentee): MatchTerm[] {
  const region = regionOf.get(mentee.municipality);
  // Same municipality earns both halves; same region, other municipality, the second only.
  const municipalityPoints = MATCH_WEIGHTS.municipality - MATCH_WEIGHTS.region;
  return [
    {
      condition: { kind: 'municipality', municipality: mentee.municipality },
      points: municipalityPoints,
    },
    ...(region
      ? [{ condition: { kind: 'region', region } as const, points: MATCH_WEIGHTS.region }]
      : []),
  ];
}

function otherTerms(mentee: MatchMentee): MatchTerm[] {
  const terms: MatchTerm[] = [
    {
      // 'both' on either side fits anything; in person and online-only do not meet.
      condition: {
        kind: 'meetingMode',
        modes: mentee.meetingMode === 'both' ? [...MEETING_MODES] : [mentee.meetingMode, 'both'],
      },
      points: MATCH_WEIGHTS.meetingMode,
    },
  ];
  if (mentee.desiredFields.length > 0) {
    terms.push({
      condition: { kind: 'field', fields: [...mentee.desiredFields] },
      points: MATCH_WEIGHTS.field,
    });
  }
  // Only what the mentor chose to show: a hidden or unanswered background counts as not shown.
  if (mentee.wishes.migrantBackground) {
    terms.push({
      condition: { kind: 'migrantBackground' },
      points: MATCH_WEIGHTS.migrantBackgroundWish,
    });
  }
  if (mentee.goals.includes('education')) {
    const floor = Math.max(
      EDUCATION_LEVELS.indexOf(mentee.educationLevel),
      EDUCATION_LEVELS.indexOf('vocational'),
    );
    terms.push({
      condition: { kind: 'education', levels: EDUCATION_LEVELS.slice(floor) },
      points: MATCH_WEIGHTS.education,
    });
  }
  return terms;
}

/** Her matching criteria as terms, heaviest first, so the database can prune by them. */
export function matchPlan(mentee: MatchMentee): MatchPlan {
  const hers = [{ code: 'da', level: mentee.danishLevel }, ...mentee.otherLanguages];
  const terms = [
    ...goalTerms(mentee),
    ...languageTerms(mentee),
    ...placeTerms(mentee),
    ...otherTerms(mentee),
  ].sort((a, b) => b.points - a.points);
  return {
    usable: hers.flatMap((l) =>
      usableLevels(l.code, l.level).map((level) => languageToken(l.code, level)),
    ),
    terms,
    max: terms.reduce((sum, term) => sum + term.points, 0),
  };
}

export function meets(condition: MatchCondition, mentor: MatchMentor): boolean {
  switch (condition.kind) {
    case 'goal':
      return mentor.goals.includes(condition.goal);
    case 'field':
      return condition.fields.includes(mentor.field);
    case 'language':
    case 'motherTongue':
      return languageTokens(mentor.languages).some((token) => condition.tokens.includes(token));
    case 'municipality':
      return mentor.municipality === condition.municipality;
    case 'region':
      return mentor.region === condition.region;
    case 'meetingMode':
      return condition.modes.includes(mentor.meetingMode);
    case 'migrantBackground':
      return mentor.personal.migrantBackground === true;
    case 'education':
      return condition.levels.includes(mentor.educationLevel);
  }
}

/**
 * The 0-100 score from the points earned. The database computes the same expression in
 * double precision, adding the terms in the plan's order, so both round alike.
 */
export function scoreOf(earned: number, max: number): number {
  return Math.floor((100 * earned) / max + 0.5);
}

/** The reason a met term gives; several terms may give one reason (language, place). */
function reasonOf(
  condition: MatchCondition,
  mentor: MatchMentor,
  mentee: MatchMentee,
): MatchReason | undefined {
  switch (condition.kind) {
    case 'goal':
      return { kind: 'goal', goal: condition.goal };
    case 'field':
      return { kind: 'field', field: mentor.field };
    case 'language':
    case 'motherTongue': {
      // The strongest shared language for the mentor, then for her, then in her own order.
      const best = mentee.otherLanguages
        .flatMap((hers) => {
          const theirs = mentor.languages.find((l) => l.code === hers.code);
          return theirs && usableLevels(hers.code, hers.level).includes(theirs.level)
            ? [{ code: hers.code, mentee: hers.level, mentor: theirs.level }]
            : [];
        })
        .sort((a, b) => rank(b.mentor) - rank(a.mentor) || rank(b.mentee) - rank(a.mentee))[0];
      return best && { kind: 'language', language: best.code, level: best.mentor };
    }
    case 'municipality':
      return { kind: 'municipality', municipality: mentor.municipality };
    case 'region':
      return { kind: 'region', region: mentor.region };
    case 'meetingMode':
      // For a mentee open to both, every mentor fits: saying so would tell her nothing.
      return mentee.meetingMode === 'both'
        ? undefined
        : { kind: 'meetingMode', mode: mentee.meetingMode };
    case 'migrantBackground':
      return { kind: 'migrantBackground' };
    case 'education':
      return { kind: 'education', level: mentor.educationLevel };
  }
}

/** Scores one mentor against a plan made for this mentee (make it once, score many). */
export function scoreWithPlan(
  plan: MatchPlan,
  mentee: MatchMentee,
  mentor: MatchMentor,
): MatchResult | null {
  const tokens = languageTokens(mentor.languages);
  if (!tokens.some((token) => plan.usable.includes(token))) return null;
  let earned = 0;
  // Points per reason, keyed by kind: the language terms add up to one reason, and the same
  // municipality replaces the same region.
  const reasons = new Map<string, { reason: MatchReason; points: number }>();
  for (const term of plan.terms) {
    if (!meets(term.condition, mentor)) continue;
    earned += term.points;
    const reason = reasonOf(term.condition, mentor, mentee);
    if (!reason) continue;
    const key = reason.kind === 'goal' ? `goal:${reason.goal}` : reason.kind;
    const before = reasons.get(key);
    reasons.set(key, { reason, points: (before?.points ?? 0) + term.points });
  }
  const place = reasons.get('municipality');
  const region = reasons.get('region');
  if (place && region) {
    place.points += region.points;
    reasons.delete('region');
  }
  return {
    score: scoreOf(earned, plan.max),
    reasons: [...reasons.values()].sort((a, b) => b.points - a.points).map((r) => r.reason),
  };
}

/** The mentor's fit for this mentee, or null when they share no language they can both use. */
export function scoreMatch(mentee: MatchMentee, mentor: MatchMentor): MatchResult | null {
  return scoreWithPlan(matchPlan(mentee), mentee, mentor);
}

export interface RankedMentor<M extends MatchMentor> extends MatchResult {
  mentor: M;
}

/** Best match first; equal scores by mentor id, so the order never depends on the input's. */
export function rankMentors<M extends MatchMentor>(
  mentee: MatchMentee,
  mentors: readonly M[],
): RankedMentor<M>[] {
  const plan = matchPlan(mentee);
  return mentors
    .flatMap((mentor) => {
      const result = scoreWithPlan(plan, mentee, mentor);
      return result ? [{ mentor, ...result }] : [];
    })
    .sort(
      (a, b) =>
        b.score - a.score || (a.mentor.id < b.mentor.id ? -1 : a.mentor.id > b.mentor.id ? 1 : 0),
    );
}
