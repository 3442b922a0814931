import { ref, watch } from 'vue';
import { useAsync } from '@/composables/useAsync';
import { ApiError } from '@/lib/http';

/**
 * Loads a page's subject by id, again whenever the id changes. One she may not see and one
 * that does not exist both answer 404 (a malformed id 400): `notFound`, so the page says
 * "not found" kindly for all of them.
 */
export function usePageById<T>(id: () => string, fetch: (id: string) => Promise<T>) {
  const loading = useAsync(fetch);
  const notFound = ref(false);

  async function load(): Promise<void> {
    notFound.value = false;
    const result = await loading.run(id());
    if (!result.ok) {
      const error = loading.error.value;
      notFound.value = error instanceof ApiError && [400, 404].includes(error.status);
    }
  }
  watch(id, () => void load(), { immediate: true });

  return { loading, notFound, load };
}
