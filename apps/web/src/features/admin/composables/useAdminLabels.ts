import {
  FIELDS,
  GOALS,
  LANGUAGES,
  MUNICIPALITIES,
  type CatalogueEntry,
} from '@mentorbro/core/catalogue';
import type { AGE_BANDS, YEARS_IN_DENMARK } from '@mentorbro/core/profile';
import { useI18n } from 'vue-i18n';
import { currentLocale } from '@/i18n';

// Message keys cannot start with a digit or hold "+", so these codes get a plain key each.
const AGE_KEYS: Record<(typeof AGE_BANDS)[number], string> = {
  '18-24': 'age18to24',
  '25-34': 'age25to34',
  '35-44': 'age35to44',
  '45-54': 'age45to54',
  '55-64': 'age55to64',
  '65+': 'age65plus',
};
const YEARS_KEYS: Record<(typeof YEARS_IN_DENMARK)[number], string> = {
  under_1: 'under1',
  '1_3': 'from1to3',
  '4_9': 'from4to9',
  '10_plus': 'over10',
};

function catalogue(entries: readonly CatalogueEntry[]) {
  const labels = new Map(entries.map((entry) => [entry.code, entry.label]));
  // An unknown code (a catalogue entry removed since) still shows as itself, never as nothing.
  return (code: string): string => labels.get(code)?.[currentLocale()] ?? code;
}

const goal = catalogue(GOALS);
const field = catalogue(FIELDS);
const language = catalogue(LANGUAGES);
const municipality = catalogue(MUNICIPALITIES);

/**
 * Names for every code a profile holds: catalogue entries carry their own Danish and English
 * labels in core; the enums core has no labels for (education, meeting mode, age, years in
 * Denmark, language levels) are named in the admin texts.
 */
export function useAdminLabels() {
  const { t } = useI18n();
  return {
    goal,
    field,
    language,
    municipality,
    educationLevel: (code: string) => t(`admin.enums.educationLevel.${code}`),
    meetingMode: (code: string) => t(`admin.enums.meetingMode.${code}`),
    ageBand: (code: keyof typeof AGE_KEYS) => t(`admin.enums.ageBand.${AGE_KEYS[code]}`),
    yearsInDenmark: (code: keyof typeof YEARS_KEYS) =>
      t(`admin.enums.yearsInDenmark.${YEARS_KEYS[code]}`),
    languageLevel: (level: string) =>
      level === 'native' ? t('admin.enums.languageLevel.native') : level,
    yesNo: (value: boolean) => t(value ? 'admin.common.yes' : 'admin.common.no'),
  };
}
