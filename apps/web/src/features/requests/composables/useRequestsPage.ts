import { onMounted, reactive, ref } from 'vue';
import { useAsync } from '@/composables/useAsync';
import { useRequestsStore } from '../requests.store';

/**
 * A request list page: loads her requests when it opens (again on retry), and keeps the last
 * thing she did in words, for the page's live region. `id` changes with every notice, so the
 * same sentence twice is announced twice.
 */
export function useRequestsPage() {
  const store = useRequestsStore();
  const state = useAsync(() => store.load());
  const loaded = ref(false);
  async function run(): Promise<void> {
    if ((await state.run()).ok) loaded.value = true;
  }
  onMounted(() => void run());

  const notice = ref<{ id: number; text: string } | null>(null);
  let noticeId = 0;
  function announce(text: string) {
    notice.value = { id: ++noticeId, text };
  }

  return reactive({ run, loading: state.loading, error: state.error, loaded, notice, announce });
}

export type RequestsPage = ReturnType<typeof useRequestsPage>;
