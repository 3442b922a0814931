import { computed, nextTick, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useAsync } from '@/composables/useAsync';
import { focusById } from '@/lib/focus';
import {
  clearedSearch,
  type FilterKey,
  type ListFilter,
  parseSearchQuery,
  type SearchState,
  toApiQuery,
  toRouteQuery,
  withoutFilter,
} from '../search.query';
import { useSearchStore } from '../search.store';

export const RESULTS_HEADING_ID = 'search-results-heading';

/**
 * The search lives in the address: the page reads it from the route and changes it with
 * router.push, and a new address searches. So back and forward step through her searches,
 * and a link to a search can be shared or bookmarked.
 */
export function useMentorSearch() {
  const route = useRoute();
  const router = useRouter();
  const store = useSearchStore();

  const state = computed(() => parseSearchQuery(route.query));
  const params = computed(() => toApiQuery(state.value));
  const key = computed(() => JSON.stringify(params.value));
  /** The list answers the search in the address (not an earlier one still on screen). */
  const current = computed(() => store.query !== null && JSON.stringify(store.query) === key.value);

  const page = useAsync(() => store.search(params.value));
  // Back from a mentor's page the list is still here, "show more" pages and all: no reload.
  watch(
    key,
    () => {
      // Leaving for a mentor's page changes the route before this page is gone.
      if (route.name !== 'search' || current.value) return;
      void page.run();
    },
    { immediate: true },
  );
  const retry = () => page.run();

  function go(next: SearchState) {
    return router.push({ name: 'search', query: toRouteQuery(next) });
  }
  const update = (patch: Partial<SearchState>) => go({ ...state.value, ...patch });

  /** Her words; the same words again search again (a mentor may have joined since). */
  async function searchWords(q: string): Promise<void> {
    if (q === state.value.q) {
      await retry();
      return;
    }
    const sort = q === '' && state.value.sort === 'relevance' ? null : state.value.sort;
    await update({ q, sort });
  }

  async function remove(filter: FilterKey) {
    await go(withoutFilter(state.value, filter));
    focusById(RESULTS_HEADING_ID);
  }

  async function removeValue(kind: ListFilter, code: string) {
    const rest = state.value[kind].filter((value) => value !== code);
    await go(
      rest.length === 0 ? withoutFilter(state.value, kind) : { ...state.value, [kind]: rest },
    );
    focusById(RESULTS_HEADING_ID);
  }

  async function clear() {
    await go(clearedSearch(state.value));
    focusById(RESULTS_HEADING_ID);
  }

  // "Show more" adds mentors below; focus moves to the first new one, so she reads on there.
  const loadMore = useAsync(async () => {
    const added = await store.loadMore();
    await nextTick();
    const first = added[0];
    if (first) focusById(`mentor-card-${first.id}`);
  });
  /** A failed "show more" belongs to its search: a new search does not inherit the error. */
  const moreFailedFor = ref<string | null>(null);
  async function showMore() {
    const result = await loadMore.run();
    moreFailedFor.value = result.ok ? null : key.value;
  }
  const more = {
    run: showMore,
    loading: loadMore.loading,
    error: computed(() => (moreFailedFor.value === key.value ? loadMore.error.value : null)),
  };

  return {
    state,
    current,
    page,
    retry,
    update,
    searchWords,
    remove,
    removeValue,
    clear,
    more,
  };
}
