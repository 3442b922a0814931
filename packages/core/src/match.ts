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
import { EDUCATION_LEVELS } from './catalogue/profile-options';
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

function usable(code: string, menteeLevel: LanguageLevel, mentorLevel: LanguageLevel): boolean {
  if (rank(mentorLevel) < rank('B1')) return false;
  if (rank(menteeLevel) >= rank('B1')) return true;
  return code === 'da' && menteeLevel === 'A2' && rank(mentorLevel) >= rank('C1');
}

interface Shared {
  code: string;
  mentee: LanguageLevel;
  mentor: LanguageLevel;
}

/** One criterion's contribution: points earned, points possible for her, and why. */
interface Part {
  earned: number;
  max: number;
  reason?: MatchReason;
}

function goalParts(mentee: MatchMentee, mentor: MatchMentor): Part[] {
  const weight = (index: number) => 0.5 ** index;
  const total = mentee.goals.reduce((sum, _goal, index) => sum + weight(index), 0);
  return mentee.goals.map((goal, index) => {
    const max = (MATCH_WEIGHTS.goals * weight(index)) / total;
    return mentor.goals.includes(goal)
      ? { earned: max, max, reason: { kind: 'goal', goal } }
      : { earned: 0, max };
  });
}

function languagePart(mentee: MatchMentee, shared: Shared[]): Part {
  const factor = LANGUAGE_FACTOR_BY_DANISH[mentee.danishLevel];
  const base = MATCH_WEIGHTS.language * factor;
  const wish = mentee.wishes.sharedLanguage ? MATCH_WEIGHTS.sharedLanguageWish : 0;
  const canShare = mentee.otherLanguages.some((l) => rank(l.level) >= rank('B1'));
  const hasMotherTongue = mentee.otherLanguages.some((l) => l.level === 'native');
  const max = canShare ? base + wish + (hasMotherTongue ? MATCH_WEIGHTS.motherTongue : 0) : 0;
  // The strongest shared language for the mentor, then for her, then in her own order.
  const best = shared
    .filter((language) => language.code !== 'da')
    .sort((a, b) => rank(b.mentor) - rank(a.mentor) || rank(b.mentee) - rank(a.mentee))[0];
  if (!best) return { earned: 0, max };
  const bothNative = best.mentee === 'native' && best.mentor === 'native';
  return {
    earned: base + wish + (bothNative ? MATCH_WEIGHTS.motherTongue : 0),
    max,
    reason: { kind: 'language', language: best.code, level: best.mentor },
  };
}

function placeParts(mentee: MatchMentee, mentor: MatchMentor): Part[] {
  const place: Part =
    mentee.municipality === mentor.municipality
      ? {
          earned: MATCH_WEIGHTS.municipality,
          max: MATCH_WEIGHTS.municipality,
          reason: { kind: 'municipality', municipality: mentor.municipality },
        }
      : regionOf.get(mentee.municipality) === mentor.region
        ? {
            earned: MATCH_WEIGHTS.region,
            max: MATCH_WEIGHTS.municipality,
            reason: { kind: 'region', region: mentor.region },
          }
        : { earned: 0, max: MATCH_WEIGHTS.municipality };
  const fits =
    mentee.meetingMode === 'both' ||
    mentor.meetingMode === 'both' ||
    mentee.meetingMode === mentor.meetingMode;
  const mode: Part = {
    earned: fits ? MATCH_WEIGHTS.meetingMode : 0,
    max: MATCH_WEIGHTS.meetingMode,
  };
  // For a mentee open to both, every mentor fits: saying so would tell her nothing.
  if (fits && mentee.meetingMode !== 'both') {
    mode.reason = { kind: 'meetingMode', mode: mentee.meetingMode };
  }
  return [place, mode];
}

function wishAndEducationParts(mentee: MatchMentee, mentor: MatchMentor): Part[] {
  const parts: Part[] = [];
  if (mentee.desiredFields.length > 0) {
    const fits = mentee.desiredFields.includes(mentor.field);
    parts.push({
      earned: fits ? MATCH_WEIGHTS.field : 0,
      max: MATCH_WEIGHTS.field,
      ...(fits ? { reason: { kind: 'field', field: mentor.field } } : {}),
    });
  }
  if (mentee.wishes.migrantBackground) {
    // Only what she chose to show: a hidden or unanswered background counts as not shown.
    const shown = mentor.personal.migrantBackground === true;
    parts.push({
      earned: shown ? MATCH_WEIGHTS.migrantBackgroundWish : 0,
      max: MATCH_WEIGHTS.migrantBackgroundWish,
      ...(shown ? { reason: { kind: 'migrantBackground' } } : {}),
    });
  }
  if (mentee.goals.includes('education')) {
    const level = EDUCATION_LEVELS.indexOf(mentor.educationLevel);
    const fits =
      level >= EDUCATION_LEVELS.indexOf(mentee.educationLevel) &&
      level >= EDUCATION_LEVELS.indexOf('vocational');
    parts.push({
      earned: fits ? MATCH_WEIGHTS.education : 0,
      max: MATCH_WEIGHTS.education,
      ...(fits ? { reason: { kind: 'education', level: mentor.educationLevel } } : {}),
    });
  }
  return parts;
}

/** The mentor's fit for this mentee, or null when they share no language they can both use. */
export function scoreMatch(mentee: MatchMentee, mentor: MatchMentor): MatchResult | null {
  const hers = [{ code: 'da', level: mentee.danishLevel }, ...mentee.otherLanguages];
  const shared: Shared[] = hers.flatMap((language) => {
    const theirs = mentor.languages.find((l) => l.code === language.code);
    return theirs && usable(language.code, language.level, theirs.level)
      ? [{ code: language.code, mentee: language.level, mentor: theirs.level }]
      : [];
  });
  if (shared.length === 0) return null;

  const parts = [
    ...goalParts(mentee, mentor),
    languagePart(mentee, shared),
    ...placeParts(mentee, mentor),
    ...wishAndEducationParts(mentee, mentor),
  ];
  const earned = parts.reduce((sum, part) => sum + part.earned, 0);
  const max = parts.reduce((sum, part) => sum + part.max, 0);
  const reasons = parts
    .filter((part): part is Required<Part> => part.reason !== undefined)
    .sort((a, b) => b.earned - a.earned)
    .map((part) => part.reason);
  return { score: Math.round((100 * earned) / max), reasons };
}

export interface RankedMentor<M extends MatchMentor> extends MatchResult {
  mentor: M;
}

/** Best match first; equal scores by mentor id, so the order never depends on the input's. */
export function rankMentors<M extends MatchMentor>(
  mentee: MatchMentee,
  mentors: readonly M[],
): RankedMentor<M>[] {
  return mentors
    .flatMap((mentor) => {
      const result = scoreMatch(mentee, mentor);
      return result ? [{ mentor, ...result }] : [];
    })
    .sort(
      (a, b) =>
        b.score - a.score || (a.mentor.id < b.mentor.id ? -1 : a.mentor.id > b.mentor.id ? 1 : 0),
    );
}
