import type { LanguageSkill } from '@mentorbro/core/profile';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useCatalogue } from '@/features/profile/composables/useCatalogue';
import { isLocale } from '@/i18n';
import type { ListFilter } from '../search.query';

/**
 * The names of the codes a search and a mentor card show, from core's catalogues (the same
 * words as on the profile pages), in the page's language.
 */
export function useSearchLabels() {
  const { t, locale } = useI18n();
  const catalogue = useCatalogue();
  const lang = computed(() => (isLocale(locale.value) ? locale.value : 'da'));

  const NAMES: Record<ListFilter, (code: string) => string> = {
    goals: catalogue.goal,
    fields: catalogue.field,
    languages: catalogue.language,
    region: catalogue.region,
    municipality: catalogue.municipality,
    mode: catalogue.meetingMode,
  };

  return {
    catalogue,
    lang,
    name: (kind: ListFilter, code: string) => NAMES[kind](code),
    level: (level: string) => t(`search.level.${level}`),
    /** "Arabisk (C1)", "Dansk (modersmål)": short enough for a card. */
    skill: (skill: LanguageSkill) =>
      `${catalogue.language(skill.code)} (${
        skill.level === 'native' ? t('search.card.native') : skill.level
      })`,
  };
}
