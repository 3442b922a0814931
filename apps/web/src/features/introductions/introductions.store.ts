import type { DeclineIntroductionBody, Introduction } from '@mentorbro/core/requests';
import { defineStore } from 'pinia';
import { shallowRef, watch } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { ApiError } from '@/lib/http';
import { introductionsApi } from './introductions.api';

/**
 * 'stale': the introduction had moved on before her answer came (the other said no, or the
 * time ran out). It has been read again, so the page shows how it stands now.
 */
export type Outcome = 'done' | 'stale';

/** The introduction she has open, as the API last answered; each answer replaces it. */
export const useIntroductionsStore = defineStore('introductions', () => {
  const current = shallowRef<Introduction | null>(null);

  async function load(id: string): Promise<Introduction> {
    if (current.value?.id !== id) current.value = null;
    current.value = await introductionsApi.get(id);
    return current.value;
  }

  async function unlessStale(id: string, move: () => Promise<Introduction>): Promise<Outcome> {
    try {
      current.value = await move();
      return 'done';
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'invalid_transition')) throw error;
      await load(id);
      return 'stale';
    }
  }

  /** "We met: let's continue". The second yes starts the mentorship. */
  const confirm = (id: string) => unlessStale(id, () => introductionsApi.confirm(id));
  /** "Not a match": the introduction ends for both. */
  const decline = (id: string, body: DeclineIntroductionBody) =>
    unlessStale(id, () => introductionsApi.decline(id, body));

  // Contact details must not outlive her session on a shared phone.
  const auth = useAuthStore();
  watch(
    () => auth.user?.id ?? null,
    (id, before) => {
      if (id !== before) current.value = null;
    },
  );

  return { current, load, confirm, decline };
});

export type IntroductionsStore = ReturnType<typeof useIntroductionsStore>;
