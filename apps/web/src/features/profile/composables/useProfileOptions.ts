import { LANGUAGE_LEVELS } from '@mentorbro/core/catalogue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { type Option, useCatalogue } from './useCatalogue';

/**
 * The profile's fixed answers as radio choices. Core names education, meeting mode, age and
 * years in Denmark (useCatalogue); the hints and the language levels are the editor's texts.
 */
export function useProfileOptions() {
  const { t } = useI18n();
  const catalogue = useCatalogue();
  /** Radio choices (ChoiceGroup.vue), each with a hint that says what it means. */
  const hinted = (choices: readonly Option[], hintKey: string) =>
    choices.map((choice) => ({
      ...choice,
      hint: t(`profile.options.${hintKey}.${choice.value}`),
    }));
  const noAnswer = () => ({ value: '', label: t('profile.options.noAnswer') });

  return {
    education: catalogue.educationLevelOptions,
    meetingModes: computed(() => hinted(catalogue.meetingModeOptions.value, 'meetingModeHint')),
    ageBands: computed(() => [...catalogue.ageBandOptions.value, noAnswer()]),
    yesNo: computed(() => [
      { value: 'yes', label: t('profile.options.yes') },
      { value: 'no', label: t('profile.options.no') },
      noAnswer(),
    ]),
    yearsInDenmark: catalogue.yearsInDenmarkOptions,
    /** Danish is asked on its own scale: no "mother tongue". */
    danishLevels: computed(() =>
      hinted(
        LANGUAGE_LEVELS.filter((level) => level !== 'native').map((value) => ({
          value,
          label: t(`profile.options.level.${value}`),
        })),
        'levelHint',
      ),
    ),
    languageLevels: computed(() =>
      LANGUAGE_LEVELS.map((value) => ({ value, label: t(`profile.options.levelShort.${value}`) })),
    ),
    /** A language level as a profile page shows it, "B1 (middel)" or "Modersmål". */
    languageLevel: (level: string) => t(`profile.options.levelShort.${level}`),
  };
}
