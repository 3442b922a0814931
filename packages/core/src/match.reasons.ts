import { FIELDS } from './catalogue/fields';
import { MUNICIPALITIES, REGIONS } from './catalogue/geography';
import { GOALS } from './catalogue/goals';
import type { CatalogueEntry, Label } from './catalogue/label';
import type { LanguageLevel } from './catalogue/languages';
import { LANGUAGES } from './catalogue/languages';
import { EDUCATION_LEVEL_OPTIONS } from './catalogue/profile-options';
import type { Locale } from './user.schema';

/**
 * Why a mentor is suggested, as plain data: the API sends it as JSON and the SPA renders it
 * with reasonText() in the viewer's language. Codes are the catalogues' codes.
 */
export type MatchReason =
  | { kind: 'goal'; goal: string }
  | { kind: 'field'; field: string }
  /** A language both speak well besides Danish; the level is the mentor's. */
  | { kind: 'language'; language: string; level: LanguageLevel }
  | { kind: 'municipality'; municipality: string }
  | { kind: 'region'; region: string }
  /** The way of meeting they have in common: 'in_person', 'online' or 'both'. */
  | { kind: 'meetingMode'; mode: string }
  | { kind: 'migrantBackground' }
  /** The mentor's own education, shown to a mentee who aims at an education. */
  | { kind: 'education'; level: string };

// Goal labels are answers to "what do you want help with?"; two of them are verbs, which do
// not follow "Kan hjælpe med" as they stand.
const GOAL_PHRASES: Partial<Record<string, Label>> = {
  danish_practice: { da: 'at øve dansk', en: 'practising Danish' },
  network: { da: 'at få netværk', en: 'building a network' },
  clarify_options: { da: 'at afklare dine muligheder', en: 'clarifying your options' },
};

const NATIVE: Label = { da: 'modersmål', en: 'native' };

function label(entries: readonly CatalogueEntry[], code: string, locale: Locale): string {
  return entries.find((entry) => entry.code === code)?.label[locale] ?? code;
}

/** "Sundhed og omsorg" → "sundhed og omsorg" inside a sentence; "IT" and "HR og …" stay. */
function inSentence(text: string): string {
  const firstWord = text.split(' ')[0] ?? '';
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A reason in plain words (B1 Danish, plain English), built from the catalogue labels. */
export function reasonText(reason: MatchReason, locale: Locale): string {
  const da = locale === 'da';
  switch (reason.kind) {
    case 'goal': {
      const phrase =
        GOAL_PHRASES[reason.goal]?.[locale] ?? inSentence(label(GOALS, reason.goal, locale));
      return da ? `Kan hjælpe med ${phrase}` : `Can help with ${phrase}`;
    }
    case 'field': {
      const field = inSentence(label(FIELDS, reason.field, locale));
      return da ? `Arbejder med ${field}` : `Works in ${field}`;
    }
    case 'language': {
      const name = label(LANGUAGES, reason.language, locale);
      const level = reason.level === 'native' ? NATIVE[locale] : reason.level;
      return da ? `Taler ${inSentence(name)} (${level})` : `Speaks ${name} (${level})`;
    }
    case 'municipality': {
      const place = label(MUNICIPALITIES, reason.municipality, locale);
      return da ? `Bor også i ${place}` : `Also lives in ${place}`;
    }
    case 'region': {
      const region = label(REGIONS, reason.region, locale);
      return da ? `Bor også i ${region}` : `Also lives in ${region}`;
    }
    case 'meetingMode':
      if (reason.mode === 'online') return da ? 'Kan mødes online' : 'Can meet online';
      if (reason.mode === 'in_person') {
        return da ? 'Kan mødes ansigt til ansigt' : 'Can meet face to face';
      }
      return da
        ? 'Kan mødes både ansigt til ansigt og online'
        : 'Can meet both face to face and online';
    case 'migrantBackground':
      return da ? 'Har selv indvandrerbaggrund' : 'Has a migrant background herself';
    case 'education': {
      const level = label(EDUCATION_LEVEL_OPTIONS, reason.level, locale);
      return da ? `Har selv en uddannelse: ${level}` : `Has an education herself: ${level}`;
    }
  }
}
