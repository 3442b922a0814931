import type { CatalogueEntry } from './label';

/** CEFR levels, plus "native" for a mother tongue; ordered from weakest to strongest. */
export const LANGUAGE_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

/** Languages mentees and mentors in the Nordic programmes speak, by ISO 639 code. */
export const LANGUAGES = [
  { code: 'da', label: { da: 'Dansk', en: 'Danish' } },
  { code: 'en', label: { da: 'Engelsk', en: 'English' } },
  { code: 'ar', label: { da: 'Arabisk', en: 'Arabic' } },
  { code: 'so', label: { da: 'Somali', en: 'Somali' } },
  { code: 'ti', label: { da: 'Tigrinya', en: 'Tigrinya' } },
  { code: 'am', label: { da: 'Amharisk', en: 'Amharic' } },
  { code: 'uk', label: { da: 'Ukrainsk', en: 'Ukrainian' } },
  { code: 'ru', label: { da: 'Russisk', en: 'Russian' } },
  { code: 'fa', label: { da: 'Persisk (farsi)', en: 'Persian (Farsi)' } },
  { code: 'prs', label: { da: 'Dari', en: 'Dari' } },
  { code: 'ps', label: { da: 'Pashto', en: 'Pashto' } },
  { code: 'ku', label: { da: 'Kurdisk', en: 'Kurdish' } },
  { code: 'tr', label: { da: 'Tyrkisk', en: 'Turkish' } },
  { code: 'ur', label: { da: 'Urdu', en: 'Urdu' } },
  { code: 'hi', label: { da: 'Hindi', en: 'Hindi' } },
  { code: 'bn', label: { da: 'Bengali', en: 'Bengali' } },
  { code: 'ta', label: { da: 'Tamil', en: 'Tamil' } },
  { code: 'ne', label: { da: 'Nepali', en: 'Nepali' } },
  { code: 'vi', label: { da: 'Vietnamesisk', en: 'Vietnamese' } },
  { code: 'th', label: { da: 'Thai', en: 'Thai' } },
  { code: 'tl', label: { da: 'Tagalog', en: 'Tagalog' } },
  { code: 'zh', label: { da: 'Kinesisk', en: 'Chinese' } },
  { code: 'pl', label: { da: 'Polsk', en: 'Polish' } },
  { code: 'ro', label: { da: 'Rumænsk', en: 'Romanian' } },
  { code: 'bs', label: { da: 'Bosnisk', en: 'Bosnian' } },
  { code: 'sq', label: { da: 'Albansk', en: 'Albanian' } },
  { code: 'es', label: { da: 'Spansk', en: 'Spanish' } },
  { code: 'pt', label: { da: 'Portugisisk', en: 'Portuguese' } },
  { code: 'fr', label: { da: 'Fransk', en: 'French' } },
  { code: 'de', label: { da: 'Tysk', en: 'German' } },
  { code: 'sv', label: { da: 'Svensk', en: 'Swedish' } },
  { code: 'no', label: { da: 'Norsk', en: 'Norwegian' } },
] as const satisfies readonly CatalogueEntry[];

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
