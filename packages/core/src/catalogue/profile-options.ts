import { codesOf, type CatalogueEntry } from './label';

// The fixed answers of a profile, named once for the editors, the profile pages and the
// coordinators. Plain Danish (B1): members read these, many of them still learning Danish.
// The code lists below are the enums profile.schema.ts validates against.

/** Highest completed education, in the terms of the Danish system it will be compared with. */
export const EDUCATION_LEVEL_OPTIONS = [
  { code: 'primary', label: { da: 'Grundskole', en: 'Primary and lower secondary school' } },
  {
    code: 'upper_secondary',
    label: { da: 'Gymnasium (studentereksamen)', en: 'Upper secondary school' },
  },
  {
    code: 'vocational',
    label: {
      da: 'Erhvervsuddannelse (for eksempel frisør eller tømrer)',
      en: 'Vocational training (for example hairdresser or carpenter)',
    },
  },
  {
    code: 'short_higher',
    label: {
      da: 'Kort videregående uddannelse (1-2 år)',
      en: 'Short higher education (1-2 years)',
    },
  },
  {
    code: 'bachelor',
    label: {
      da: 'Bachelor eller professionsbachelor (3-4 år)',
      en: 'Bachelor’s degree (3-4 years)',
    },
  },
  {
    code: 'master',
    label: { da: 'Kandidat eller master (5 år)', en: 'Master’s degree (5 years)' },
  },
  { code: 'phd', label: { da: 'Ph.d.', en: 'PhD' } },
] as const satisfies readonly CatalogueEntry[];
export const EDUCATION_LEVELS = codesOf(EDUCATION_LEVEL_OPTIONS);

/** Each label says it in full: a profile page shows it without the other choices beside it. */
export const MEETING_MODE_OPTIONS = [
  { code: 'in_person', label: { da: 'Ansigt til ansigt', en: 'Face to face' } },
  { code: 'online', label: { da: 'Online, med video', en: 'Online, with video' } },
  {
    code: 'both',
    label: { da: 'Både ansigt til ansigt og online', en: 'Both face to face and online' },
  },
] as const satisfies readonly CatalogueEntry[];
export const MEETING_MODES = codesOf(MEETING_MODE_OPTIONS);

export const AGE_BAND_OPTIONS = [
  { code: '18-24', label: { da: '18-24 år', en: '18-24 years' } },
  { code: '25-34', label: { da: '25-34 år', en: '25-34 years' } },
  { code: '35-44', label: { da: '35-44 år', en: '35-44 years' } },
  { code: '45-54', label: { da: '45-54 år', en: '45-54 years' } },
  { code: '55-64', label: { da: '55-64 år', en: '55-64 years' } },
  { code: '65+', label: { da: '65 år eller mere', en: '65 years or more' } },
] as const satisfies readonly CatalogueEntry[];
export const AGE_BANDS = codesOf(AGE_BAND_OPTIONS);

export const YEARS_IN_DENMARK_OPTIONS = [
  { code: 'under_1', label: { da: 'Under 1 år', en: 'Less than 1 year' } },
  { code: '1_3', label: { da: '1-3 år', en: '1-3 years' } },
  { code: '4_9', label: { da: '4-9 år', en: '4-9 years' } },
  { code: '10_plus', label: { da: '10 år eller mere', en: '10 years or more' } },
] as const satisfies readonly CatalogueEntry[];
export const YEARS_IN_DENMARK = codesOf(YEARS_IN_DENMARK_OPTIONS);
