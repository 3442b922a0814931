import { computed, ref, watch } from 'vue';
import { useAsync } from '@/composables/useAsync';
import { useAuthStore } from '@/features/auth/auth.store';
import { ApiError } from '@/lib/http';
import { useIntroductionsStore } from '../introductions.store';
import { perspective } from '../introductions.view';

/**
 * Loads the introduction by id and sees it from her side. One she is not part of and one that
 * does not exist both answer 404 (a malformed id 400): the page says "not found" kindly.
 */
export function useIntroductionPage(id: () => string) {
  const store = useIntroductionsStore();
  const auth = useAuthStore();
  const loading = useAsync((introductionId: string) => store.load(introductionId));
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

  const introduction = computed(() =>
    store.current?.id === id() && !loading.loading.value ? store.current : null,
  );
  const side = computed(() =>
    introduction.value && auth.user ? perspective(introduction.value, auth.user.id) : null,
  );

  return { introduction, side, notFound, loading, load };
}
