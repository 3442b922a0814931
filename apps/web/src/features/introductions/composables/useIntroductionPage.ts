import { computed } from 'vue';
import { usePageById } from '@/composables/usePageById';
import { useAuthStore } from '@/features/auth/auth.store';
import { useIntroductionsStore } from '../introductions.store';
import { perspective } from '../introductions.view';

/**
 * Loads the introduction by id and sees it from her side. One she is not part of and one that
 * does not exist both answer 404 (a malformed id 400): the page says "not found" kindly.
 */
export function useIntroductionPage(id: () => string) {
  const store = useIntroductionsStore();
  const auth = useAuthStore();
  const { loading, notFound, load } = usePageById(id, (introductionId: string) =>
    store.load(introductionId),
  );

  const introduction = computed(() =>
    store.current?.id === id() && !loading.loading.value ? store.current : null,
  );
  const side = computed(() =>
    introduction.value && auth.user ? perspective(introduction.value, auth.user.id) : null,
  );

  return { introduction, side, notFound, loading, load };
}
