import { ref, type ShallowRef, shallowRef, watch } from 'vue';
import { ApiError } from '@/lib/http';
import { useAsync } from '@/composables/useAsync';

/**
 * Loads someone's profile page by id. A profile she may not see and one that does not exist
 * both answer 404 (a malformed id 400): the page says "not found" kindly for all of them.
 */
export function useProfilePage<Profile>(id: () => string, fetch: (id: string) => Promise<Profile>) {
  // Typed outright: shallowRef's conditional type stays unresolved for a type parameter.
  const profile = shallowRef(null) as ShallowRef<Profile | null>;
  const notFound = ref(false);
  const loading = useAsync(fetch);

  async function load() {
    profile.value = null;
    notFound.value = false;
    const result = await loading.run(id());
    if (result.ok) profile.value = result.value;
    else {
      const error = loading.error.value;
      notFound.value = error instanceof ApiError && [400, 404].includes(error.status);
    }
  }

  watch(id, () => void load(), { immediate: true });

  return { profile, notFound, loading, load };
}
