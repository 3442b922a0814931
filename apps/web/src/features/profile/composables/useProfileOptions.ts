import { LANGUAGE_LEVELS } from '@mentorbro/core/catalogue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';

// Core's lists as constants, repeated here as literals so this module (used on the home page
// too, through the status banner) never loads TypeBox; the type ties them to core.
import type {
  AGE_BANDS as CoreAgeBands,
  EDUCATION_LEVELS as CoreEducation,
  MEETING_MODES as CoreMeetingModes,
  YEARS_IN_DENMARK as CoreYears,
} from '@mentorbro/core/profile';

/** A choice in a radio group (FieldRadios.vue). */
export interface RadioChoice<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

export const EDUCATION_LEVELS: typeof CoreEducation = [
  'primary',
  'upper_secondary',
  'vocational',
  'short_higher',
  'bachelor',
  'master',
  'phd',
];
export const MEETING_MODES: typeof CoreMeetingModes = ['in_person', 'online', 'both'];
export const AGE_BANDS: typeof CoreAgeBands = ['18-24', '25-34', '35-44', '45-54', '55-64', '65+'];
export const YEARS_IN_DENMARK: typeof CoreYears = ['under_1', '1_3', '4_9', '10_plus'];

/** The profile's fixed answers (education, meeting mode, levels …) with their texts. */
export function useProfileOptions() {
  const { t } = useI18n();
  const choices = (list: readonly string[], key: string, hints = false): RadioChoice<string>[] =>
    list.map((value) => ({
      value,
      label: t(`profile.options.${key}.${value}`),
      ...(hints ? { hint: t(`profile.options.${key}Hint.${value}`) } : {}),
    }));

  return {
    education: computed(() => choices(EDUCATION_LEVELS, 'education')),
    meetingModes: computed(() => choices(MEETING_MODES, 'meetingMode', true)),
    ageBands: computed(() => [
      ...choices(AGE_BANDS, 'ageBand'),
      { value: '', label: t('profile.options.noAnswer') },
    ]),
    yesNo: computed(() => [
      { value: 'yes', label: t('profile.options.yes') },
      { value: 'no', label: t('profile.options.no') },
      { value: '', label: t('profile.options.noAnswer') },
    ]),
    yearsInDenmark: computed(() => choices(YEARS_IN_DENMARK, 'yearsInDenmark')),
    /** Danish is asked on its own scale: no "mother tongue". */
    danishLevels: computed(() =>
      choices(
        LANGUAGE_LEVELS.filter((level) => level !== 'native'),
        'level',
        true,
      ),
    ),
    languageLevels: computed(() =>
      LANGUAGE_LEVELS.map((value) => ({ value, label: t(`profile.options.levelShort.${value}`) })),
    ),
    /** A label for any of these by its list: education, meetingMode, ageBand, yearsInDenmark, level. */
    label: (key: string, value: string) => t(`profile.options.${key}.${value}`),
  };
}
