import type { PublicProgramme } from '@mentorbro/core/programme';
import { ref, shallowRef, watch } from 'vue';
import { ApiError } from '@/lib/http';
import { programmeApi } from '../programme.api';

export type ProgrammeState = 'loading' | 'ready' | 'unknown';

/**
 * The programme she signs up for: the one in her link (?programme=slug) or the default one.
 * Its rules decide the form (a women-only network asks her to say she is a woman). If it cannot
 * be fetched the form still shows; the server applies the rules either way.
 */
export function useRegisterProgramme(slug: () => string | undefined) {
  const programme = shallowRef<PublicProgramme | null>(null);
  const state = ref<ProgrammeState>('loading');

  async function load(wanted: string | undefined): Promise<void> {
    state.value = 'loading';
    programme.value = null;
    try {
      const found = await programmeApi.get(wanted);
      if (wanted !== slug()) return; // she followed another link meanwhile
      programme.value = found;
      state.value = 'ready';
    } catch (error) {
      if (wanted !== slug()) return;
      // A link to a programme that does not exist (or a mistyped one): say so, do not guess.
      const unknown =
        wanted !== undefined && error instanceof ApiError && [400, 404].includes(error.status);
      if (!unknown) {
        console.warn('Could not load the programme; the server applies its rules', error);
      }
      state.value = unknown ? 'unknown' : 'ready';
    }
  }

  watch(slug, (wanted) => void load(wanted), { immediate: true });

  return { programme, state };
}
