import { nextTick, onMounted, reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useAsync } from '@/composables/useAsync';
import { focusById } from '@/lib/focus';
import { useNotificationsStore } from '../notifications.store';

/**
 * The notifications page: loads the newest page when it opens (again on retry or another
 * filter), older ones on request, and says what changed in words for the page's live region.
 */
export function useNotificationsPage() {
  const { t } = useI18n();
  const store = useNotificationsStore();
  const onlyUnread = ref(store.onlyUnread);

  const list = useAsync((unreadOnly: boolean) => store.load(unreadOnly));
  const older = useAsync(() => store.loadOlder());
  const markAll = useAsync(() => store.markAllRead());

  const notice = ref<{ id: number; text: string } | null>(null);
  let noticeId = 0;
  function announce(text: string) {
    notice.value = { id: ++noticeId, text };
  }

  const load = () => list.run(onlyUnread.value);
  onMounted(() => void load());

  async function filter(value: boolean) {
    onlyUnread.value = value;
    if ((await load()).ok) {
      announce(t(value ? 'notifications.showingUnread' : 'notifications.showingAll'));
    }
  }

  /** Focus moves to the first older one, where she goes on reading. */
  async function showOlder() {
    const result = await older.run();
    if (!result.ok || !result.value) return;
    await nextTick();
    focusById(`notification-${result.value.id}`);
  }

  async function readAll() {
    if ((await markAll.run()).ok) announce(t('notifications.markedAll'));
  }

  /** She followed its link and leaves the page: a failure is put right in the list and logged. */
  function open(id: string) {
    store.markRead(id).catch((error: unknown) => {
      console.error('Could not mark the notification as read', error);
    });
  }

  return reactive({
    onlyUnread,
    load,
    loading: list.loading,
    error: list.error,
    older,
    markAll,
    notice,
    filter,
    showOlder,
    readAll,
    open,
  });
}
