import { SuggestMentorsBody } from '@mentorbro/core/notifications';
import type { MentorCard } from '@mentorbro/core/search';
import { computed, ref, shallowRef } from 'vue';
import { useAsync } from '@/composables/useAsync';
import { searchApi } from '@/features/search/search.api';
import { schemaKeyword } from '../schema-keyword';

/** How many mentors one suggestion may name (core's SuggestMentorsBody). */
export const SUGGEST_MAX = schemaKeyword(SuggestMentorsBody.properties.mentorIds, 'maxItems');
/** How many a search shows: enough to choose from in a dialog on a phone. */
export const PICKER_RESULTS = 10;

/**
 * Searching mentors and ticking up to SUGGEST_MAX of them. The members' own search is used, so
 * only mentors who take a request now are found. Ticked mentors stay in the list when she
 * searches again: she can look for a second one without losing the first.
 */
export function useMentorPicker() {
  const shown = shallowRef<MentorCard[]>([]);
  const chosen = ref<string[]>([]);
  /** The last search: its words, and how many mentors it found; null before the first. */
  const last = shallowRef<{ words: string; found: number } | null>(null);
  const known = new Map<string, MentorCard>();

  const searching = useAsync(async (q: string) => {
    const words = q.trim();
    const page = await searchApi.mentors({
      ...(words === '' ? {} : { q: words }),
      limit: PICKER_RESULTS,
    });
    for (const mentor of page.items) known.set(mentor.id, mentor);
    const found = new Set(page.items.map((mentor) => mentor.id));
    const kept = chosen.value.flatMap((id) => {
      const mentor = known.get(id);
      return mentor && !found.has(id) ? [mentor] : [];
    });
    shown.value = [...kept, ...page.items];
    last.value = { words, found: page.items.length };
  });

  const full = computed(() => chosen.value.length >= SUGGEST_MAX);

  return {
    shown,
    chosen,
    last,
    search: (q: string) => searching.run(q),
    loading: searching.loading,
    error: searching.error,
    full,
    /** A box she has not ticked cannot be ticked once she has chosen as many as allowed. */
    locked: (id: string) => full.value && !chosen.value.includes(id),
    nameOf: (id: string) => known.get(id)?.firstName ?? '',
  };
}

export type MentorPicker = ReturnType<typeof useMentorPicker>;
