import {
  type CatalogueEntry,
  FIELDS,
  GOALS,
  LANGUAGES,
  MUNICIPALITIES,
  REGIONS,
} from '@mentorbro/core/catalogue';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { isLocale } from '@/i18n';

export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  label: string;
  options: Option[];
}

/**
 * Core's catalogues (goals, fields, languages, places) with their labels in the page's
 * language, so the API, the editors and every profile page name things the same way.
 */
export function useCatalogue() {
  const { locale, t } = useI18n();
  const lang = computed(() => (isLocale(locale.value) ? locale.value : 'da'));
  const collator = computed(() => new Intl.Collator(lang.value));

  const labelOf = (entry: CatalogueEntry) => entry.label[lang.value];
  const find = (entries: readonly CatalogueEntry[], code: string) =>
    entries.find((entry) => entry.code === code);
  /** A code the catalogue does not know (newer data) shows as itself rather than as nothing. */
  const label = (entries: readonly CatalogueEntry[], code: string) => {
    const entry = find(entries, code);
    return entry ? labelOf(entry) : code;
  };
  const options = (entries: readonly CatalogueEntry[]): Option[] =>
    entries.map((entry) => ({ value: entry.code, label: labelOf(entry) }));
  const alphabetical = (entries: readonly CatalogueEntry[]): Option[] =>
    options(entries).sort((a, b) => collator.value.compare(a.label, b.label));

  /** Goals keep core's order: the order the programmes weigh them in. */
  const goalOptions = computed(() => options(GOALS));
  const fieldOptions = computed(() => alphabetical(FIELDS));
  /** Municipalities under their region, so she finds her own quickly in a long list. */
  const municipalityGroups = computed<OptionGroup[]>(() =>
    REGIONS.map((region) => ({
      label: labelOf(region),
      options: alphabetical(MUNICIPALITIES.filter((place) => place.region === region.code)),
    })),
  );

  /**
   * The languages to choose from. Only the programme's for a mentor (she meets mentees in
   * them); for a mentee the programme's come first, then every other one.
   */
  function languageGroups(programme: readonly string[], onlyProgramme: boolean): OptionGroup[] {
    const inProgramme = alphabetical(LANGUAGES.filter((entry) => programme.includes(entry.code)));
    if (onlyProgramme)
      return [{ label: t('profile.options.languagesInProgramme'), options: inProgramme }];
    const others = alphabetical(LANGUAGES.filter((entry) => !programme.includes(entry.code)));
    return [
      { label: t('profile.options.languagesInProgramme'), options: inProgramme },
      { label: t('profile.options.languagesOther'), options: others },
    ];
  }

  return {
    goalOptions,
    fieldOptions,
    municipalityGroups,
    languageGroups,
    goal: (code: string) => label(GOALS, code),
    field: (code: string) => label(FIELDS, code),
    language: (code: string) => label(LANGUAGES, code),
    municipality: (code: string) => label(MUNICIPALITIES, code),
    region: (code: string) => label(REGIONS, code),
    /** The region a municipality lies in, or undefined before she has chosen one. */
    regionOf: (code: string) => {
      const place = MUNICIPALITIES.find((entry) => entry.code === code);
      return place ? label(REGIONS, place.region) : undefined;
    },
  };
}

export type Catalogue = ReturnType<typeof useCatalogue>;
