import type {
  Facets,
  MentorCard,
  MentorSearchQuery,
  Recommendations,
  SearchSort,
} from '@mentorbro/core/search';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { searchApi } from './search.api';

/** How many mentors her home page suggests: a few, then a link to the search. */
export const RECOMMENDED_ON_HOME = 3;

/**
 * The mentors found and the ones suggested to her, as the API last answered. A search replaces
 * the list; "show more" adds the next page to it and keeps the first page's total and counts.
 */
export const useSearchStore = defineStore('search', () => {
  const items = ref<MentorCard[]>([]);
  const nextCursor = ref<string | null>(null);
  const total = ref<number | null>(null);
  const facets = shallowRef<Facets | null>(null);
  const sort = ref<SearchSort | null>(null);
  /** The query the list answers, without a cursor; null before the first search. */
  const query = shallowRef<MentorSearchQuery | null>(null);

  // Only the newest search may fill the list: she ticks filters faster than a slow phone
  // network answers. An older call settles when the newest does, and with its outcome, so
  // whoever awaits it (the page's loading state) sees the search that counts.
  // `generation` also moves when she logs out, so nothing in flight fills the list after.
  let generation = 0;
  let newestCall = 0;
  let newest: Promise<void> = Promise.resolve();
  async function settle(run: Promise<void>, mine: number): Promise<void> {
    try {
      await run;
    } catch (error) {
      if (mine === newestCall) throw error;
    }
    if (mine !== newestCall) await newest;
  }

  function search(params: MentorSearchQuery): Promise<void> {
    const mine = ++generation;
    newestCall = mine;
    const run = (async () => {
      const page = await searchApi.mentors(params);
      if (mine !== generation) return;
      query.value = params;
      items.value = page.items;
      nextCursor.value = page.nextCursor;
      total.value = page.total;
      facets.value = page.facets;
      sort.value = page.sort;
    })();
    newest = settle(run, mine);
    return newest;
  }

  /** Adds the next page; resolves to the mentors it added (0 when a new search came first). */
  async function loadMore(): Promise<MentorCard[]> {
    const params = query.value;
    const cursor = nextCursor.value;
    if (!params || cursor === null) return [];
    const mine = generation;
    const page = await searchApi.mentors({ ...params, cursor });
    if (mine !== generation) return [];
    // A mentor who moved up while she read may come again; she is shown once.
    const known = new Set(items.value.map((item) => item.id));
    const added = page.items.filter((item) => !known.has(item.id));
    items.value = [...items.value, ...added];
    nextCursor.value = page.nextCursor;
    return added;
  }

  const recommendations = shallowRef<Recommendations | null>(null);
  async function loadRecommendations(limit = RECOMMENDED_ON_HOME): Promise<void> {
    recommendations.value = await searchApi.recommendations(limit);
  }

  // Who she looked for, and who was suggested to her, must not outlive her on a shared phone.
  const auth = useAuthStore();
  watch(
    () => auth.user?.id ?? null,
    (id, before) => {
      if (id === before) return;
      generation++;
      items.value = [];
      nextCursor.value = null;
      total.value = null;
      facets.value = null;
      sort.value = null;
      query.value = null;
      recommendations.value = null;
    },
  );

  return {
    items,
    nextCursor,
    total,
    facets,
    sort,
    query,
    search,
    loadMore,
    recommendations,
    loadRecommendations,
  };
});

export type SearchStore = ReturnType<typeof useSearchStore>;
