import type { LanguageCode, LanguageLevel } from '@mentorbro/core/catalogue';
import type { LanguageSkill } from '@mentorbro/core/profile';
import type { Background } from './backgrounds';
import type { Random } from './random';

const LEVELS_FOREIGN = [
  ['A2', 1],
  ['B1', 3],
  ['B2', 4],
  ['C1', 3],
  ['C2', 1],
] as const;

/** Her mother tongue first, then Danish at the given level, then up to two more she learnt. */
export function spokenLanguages(
  random: Random,
  background: Background,
  danishLevel: LanguageLevel,
): LanguageSkill[] {
  const languages: LanguageSkill[] = [{ code: background.motherTongue, level: 'native' }];
  if (background.motherTongue !== 'da') languages.push({ code: 'da', level: danishLevel });
  for (const code of random.sample(background.otherLanguages, random.int(0, 2))) {
    languages.push({ code, level: random.weighted(LEVELS_FOREIGN) });
  }
  return languages;
}

/**
 * A mentor can only offer the programme's languages (the profile editor refuses others), so
 * the rest are left out. Every mentor speaks Danish, so Danish stays wherever the programme
 * works in it, as the default programme does.
 */
export function offeredLanguages(
  spoken: readonly LanguageSkill[],
  programme: readonly string[],
): LanguageSkill[] {
  const offered = spoken.filter((language) => programme.includes(language.code));
  return offered.length > 0 ? offered : [{ code: programme[0] ?? 'da', level: 'C1' }];
}

export const speaks = (languages: readonly LanguageSkill[], code: LanguageCode) =>
  languages.some((language) => language.code === code);
