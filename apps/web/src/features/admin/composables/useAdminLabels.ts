import { useI18n } from 'vue-i18n';
import { useCatalogue } from '@/features/profile/composables/useCatalogue';

/**
 * Names for every code a profile holds. Core's catalogues carry their own Danish and English
 * labels, the same the member read when she answered (useCatalogue); only "mother tongue" among
 * the language levels is named in the admin texts (the CEFR levels are shown as their codes).
 */
export function useAdminLabels() {
  const { t } = useI18n();
  const catalogue = useCatalogue();
  return {
    goal: catalogue.goal,
    field: catalogue.field,
    language: catalogue.language,
    municipality: catalogue.municipality,
    educationLevel: catalogue.educationLevel,
    meetingMode: catalogue.meetingMode,
    ageBand: catalogue.ageBand,
    yearsInDenmark: catalogue.yearsInDenmark,
    languageLevel: (level: string) =>
      level === 'native' ? t('admin.enums.languageLevel.native') : level,
    yesNo: (value: boolean) => t(value ? 'admin.common.yes' : 'admin.common.no'),
  };
}
