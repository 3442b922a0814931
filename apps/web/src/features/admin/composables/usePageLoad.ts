import { onMounted, reactive, ref, watch, type WatchSource } from 'vue';
import { useAsync } from '@/composables/useAsync';

/**
 * Loads a page's data when it opens, and again whenever `source` changes (a filter in the
 * address). AdminLoadState shows the page's content only once it is loaded and nothing is in
 * flight or failed.
 */
export function usePageLoad(load: () => Promise<void>, source?: WatchSource) {
  const state = useAsync(load);
  const loaded = ref(false);
  async function run(): Promise<void> {
    const result = await state.run();
    if (result.ok) loaded.value = true;
  }
  if (source) watch(source, () => void run(), { immediate: true });
  else onMounted(() => void run());
  return reactive({ run, loading: state.loading, error: state.error, loaded });
}

export type PageLoad = ReturnType<typeof usePageLoad>;
