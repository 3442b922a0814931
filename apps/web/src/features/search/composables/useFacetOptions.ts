import type { FacetKind, Facets } from '@mentorbro/core/search';
import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Option } from '@/features/profile/composables/useCatalogue';
import { LIST_FILTERS, type SearchState } from '../search.query';
import { useSearchLabels } from './useSearchLabels';

/** The filter kinds the drawer shows as checkboxes, in its order; each has facet counts. */
export const CHECKBOX_KINDS = ['goals', 'fields', 'languages', 'region', 'mode'] as const;
export type CheckboxKind = (typeof CHECKBOX_KINDS)[number] & FacetKind;

/**
 * The choices of each filter with how many mentors each would find ("Arabisk (12)"). A kind's
 * counts leave out its own filter, so ticking one more of it never hides the others. Only
 * choices that find someone are offered, and the ones she ticked. The order never follows the
 * counts: a checkbox must not move under her finger while she ticks.
 */
export function useFacetOptions(state: Ref<SearchState>, facets: Ref<Facets | null>) {
  const { t } = useI18n();
  const labels = useSearchLabels();
  const collator = computed(() => new Intl.Collator(labels.lang.value));

  const countsOf = (kind: FacetKind) =>
    new Map((facets.value?.[kind] ?? []).map((facet) => [facet.value, facet.count]));
  const label = (name: string, count: number) => t('search.filters.option', { label: name, count });

  /** Goals keep the programmes' order, regions and modes core's; the rest go A-Z. */
  const byName = (kind: CheckboxKind) => kind === 'fields' || kind === 'languages';

  function optionsOf(kind: CheckboxKind): Option[] {
    const counts = countsOf(kind);
    const chosen = state.value[kind];
    const codes = LIST_FILTERS[kind].filter(
      (code) => (counts.get(code) ?? 0) > 0 || chosen.includes(code),
    );
    const named = codes.map((code) => ({ code, name: labels.name(kind, code) }));
    if (byName(kind)) named.sort((a, b) => collator.value.compare(a.name, b.name));
    return named.map(({ code, name }) => ({
      value: code,
      label: label(name, counts.get(code) ?? 0),
    }));
  }

  const options = computed(
    () =>
      Object.fromEntries(CHECKBOX_KINDS.map((kind) => [kind, optionsOf(kind)])) as Record<
        CheckboxKind,
        Option[]
      >,
  );

  /** Partner companies as mentors wrote them; the one she chose stays even at no mentors. */
  const companies = computed<Option[]>(() => {
    const found = [...(facets.value?.company ?? [])].sort((a, b) =>
      collator.value.compare(a.value, b.value),
    );
    const chosen = state.value.company;
    const known = found.some((facet) => facet.value.toLowerCase() === chosen.toLowerCase());
    return [
      ...(chosen !== '' && !known ? [{ value: chosen, label: label(chosen, 0) }] : []),
      ...found.map((facet) => ({ value: facet.value, label: label(facet.value, facet.count) })),
    ];
  });
  /** The company's name as the list has it: case does not matter to the API. */
  const company = computed(
    () =>
      companies.value.find(
        (option) => option.value.toLowerCase() === state.value.company.toLowerCase(),
      )?.value ?? '',
  );

  return { options, companies, company };
}
