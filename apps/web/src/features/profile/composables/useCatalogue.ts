import {
  AGE_BAND_OPTIONS,
  type CatalogueEntry,
  EDUCATION_LEVEL_OPTIONS,
  FIELDS,
  GOALS,
  LANGUAGES,
  MEETING_MODE_OPTIONS,
  MUNICIPALITIES,
  REGIONS,
  YEARS_IN_DENMARK_OPTIONS,
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
 * Core's catalogues (goals, fields, languages, places and the fixed answers such as education
 * or meeting mode) with their labels in the page's language, so the API, the editors, every
 * profile page and the coordinators name things the same way.
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
  /** The fixed answers keep core's order: lowest to highest, shortest to longest. */
  const educationLevelOptions = computed(() => options(EDUCATION_LEVEL_OPTIONS));
  const meetingModeOptions = computed(() => options(MEETING_MODE_OPTIONS));
  const ageBandOptions = computed(() => options(AGE_BAND_OPTIONS));
  const yearsInDenmarkOptions = computed(() => options(YEARS_IN_DENMARK_OPTIONS));
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
    educationLevelOptions,
    meetingModeOptions,
    ageBandOptions,
    yearsInDenmarkOptions,
    municipalityGroups,
    languageGroups,
    goal: (code: string) => label(GOALS, code),
    field: (code: string) => label(FIELDS, code),
    language: (code: string) => label(LANGUAGES, code),
    municipality: (code: string) => label(MUNICIPALITIES, code),
    region: (code: string) => label(REGIONS, code),
    educationLevel: (code: string) => label(EDUCATION_LEVEL_OPTIONS, code),
    meetingMode: (code: string) => label(MEETING_MODE_OPTIONS, code),
    ageBand: (code: string) => label(AGE_BAND_OPTIONS, code),
    yearsInDenmark: (code: string) => label(YEARS_IN_DENMARK_OPTIONS, code),
    /** The region a municipality lies in, or undefined before she has chosen one. */
    regionOf: (code: string) => {
      const place = MUNICIPALITIES.find((entry) => entry.code === code);
      return place ? label(REGIONS, place.region) : undefined;
    },
  };
}

export type Catalogue = ReturnType<typeof useCatalogue>;
