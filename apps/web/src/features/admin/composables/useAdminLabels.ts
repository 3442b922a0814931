import {
  AGE_BAND_OPTIONS,
  EDUCATION_LEVEL_OPTIONS,
  FIELDS,
  GOALS,
  LANGUAGES,
  MEETING_MODE_OPTIONS,
  MUNICIPALITIES,
  YEARS_IN_DENMARK_OPTIONS,
  type CatalogueEntry,
} from '@mentorbro/core/catalogue';
import { useI18n } from 'vue-i18n';
import { currentLocale } from '@/i18n';

function catalogue(entries: readonly CatalogueEntry[]) {
  const labels = new Map(entries.map((entry) => [entry.code, entry.label]));
  // An unknown code (a catalogue entry removed since) still shows as itself, never as nothing.
  return (code: string): string => labels.get(code)?.[currentLocale()] ?? code;
}

const goal = catalogue(GOALS);
const field = catalogue(FIELDS);
const language = catalogue(LANGUAGES);
const municipality = catalogue(MUNICIPALITIES);
const educationLevel = catalogue(EDUCATION_LEVEL_OPTIONS);
const meetingMode = catalogue(MEETING_MODE_OPTIONS);
const ageBand = catalogue(AGE_BAND_OPTIONS);
const yearsInDenmark = catalogue(YEARS_IN_DENMARK_OPTIONS);

/**
 * Names for every code a profile holds. Core's catalogues carry their own Danish and English
 * labels, the same the member read when she answered; only "mother tongue" among the language
 * levels is named in the admin texts (the CEFR levels are shown as their codes).
 */
export function useAdminLabels() {
  const { t } = useI18n();
  return {
    goal,
    field,
    language,
    municipality,
    educationLevel,
    meetingMode,
    ageBand,
    yearsInDenmark,
    languageLevel: (level: string) =>
      level === 'native' ? t('admin.enums.languageLevel.native') : level,
    yesNo: (value: boolean) => t(value ? 'admin.common.yes' : 'admin.common.no'),
  };
}
