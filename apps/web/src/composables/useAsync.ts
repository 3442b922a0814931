import { readonly, ref, shallowRef } from 'vue';
import { ApiError, NetworkError } from '@/lib/http';

/**
 * Loading and error state for one async action. Errors are kept for the view to show, never
 * swallowed; an unexpected one (a bug, not an API answer) is also logged. An expired session
 * needs nothing here: the fetch wrapper has already renewed it or sent her to log in.
 */
export function useAsync<Args extends unknown[], Result>(
  action: (...args: Args) => Promise<Result>,
) {
  const loading = ref(false);
  const error = shallowRef<unknown>(null);

  async function run(...args: Args): Promise<{ ok: true; value: Result } | { ok: false }> {
    loading.value = true;
    error.value = null;
    try {
      return { ok: true, value: await action(...args) };
    } catch (caught) {
      error.value = caught;
      if (!(caught instanceof ApiError) && !(caught instanceof NetworkError)) {
        console.error(caught);
      }
      return { ok: false };
    } finally {
      loading.value = false;
    }
  }

  return { run, loading: readonly(loading), error: readonly(error) };
}
