import type { Notification, NotificationList } from '@mentorbro/core/notifications';
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { notificationsApi } from './notifications.api';

/**
 * Her notifications: the unread count the bell shows, and the list, newest first, one page of
 * 30 at a time. Marking one as read shows at once; the API's answer follows.
 */
export const useNotificationsStore = defineStore('notifications', () => {
  const unread = ref(0);
  const items = ref<Notification[]>([]);
  /** The id to ask for older ones before; null when the last page is shown. */
  const next = ref<string | null>(null);
  const onlyUnread = ref(false);
  const loaded = ref(false);
  /** True once the API has told the count for this member (before that, 0 means "not known"). */
  const counted = ref(false);

  /**
   * Bumped by every change made here. A count asked for before a change may be from before it
   * (she clicked one while the poll was on its way), so such an answer is dropped; the next
   * poll brings the true count.
   */
  let changes = 0;
  /** Bumped when the list starts again (another filter), so a late older page is dropped. */
  let listVersion = 0;
  let counting: Promise<void> | null = null;

  function countFrom(asked: number, count: number) {
    if (asked !== changes) return;
    unread.value = count;
    counted.value = true;
  }

  /** Asks for the unread count; calls made while one is on its way share it. */
  function refreshCount(): Promise<void> {
    counting ??= (async () => {
      const asked = changes;
      countFrom(asked, (await notificationsApi.unreadCount()).unread);
    })().finally(() => {
      counting = null;
    });
    return counting;
  }

  async function fetchPage(before?: string): Promise<NotificationList> {
    return notificationsApi.list({ unread: onlyUnread.value, before });
  }

  /** The newest page, with or without the read ones. */
  async function load(unreadOnly = onlyUnread.value): Promise<void> {
    onlyUnread.value = unreadOnly;
    const version = ++listVersion;
    const asked = changes;
    const page = await fetchPage();
    if (version !== listVersion) return;
    items.value = page.items;
    next.value = page.next;
    loaded.value = true;
    countFrom(asked, page.unread);
  }

  /** The next, older page, added under the ones shown. Returns the first of them. */
  async function loadOlder(): Promise<Notification | undefined> {
    if (next.value === null) return undefined;
    const version = listVersion;
    const asked = changes;
    const page = await fetchPage(next.value);
    if (version !== listVersion) return undefined;
    const known = new Set(items.value.map((item) => item.id));
    const older = page.items.filter((item) => !known.has(item.id));
    items.value = [...items.value, ...older];
    next.value = page.next;
    countFrom(asked, page.unread);
    return older[0];
  }

  function setReadAt(id: string, readAt: string | null) {
    items.value = items.value.map((item) => (item.id === id ? { ...item, readAt } : item));
  }

  /** She opened it. Shown as read at once; put back as unread if the API says no. */
  async function markRead(id: string): Promise<void> {
    const item = items.value.find((candidate) => candidate.id === id);
    if (item?.readAt !== null) return;
    changes++;
    setReadAt(id, new Date().toISOString());
    unread.value = Math.max(0, unread.value - 1);
    try {
      await notificationsApi.markRead(id);
    } catch (error) {
      setReadAt(id, null);
      unread.value++;
      throw error;
    } finally {
      changes++;
    }
  }

  async function markAllRead(): Promise<void> {
    await notificationsApi.markAllRead();
    changes++;
    const now = new Date().toISOString();
    items.value = items.value.map((item) =>
      item.readAt === null ? { ...item, readAt: now } : item,
    );
    unread.value = 0;
  }

  // What happened to her must not show to the next person on a shared phone.
  const auth = useAuthStore();
  watch(
    () => auth.user?.id ?? null,
    (id, before) => {
      if (id === before) return;
      changes++;
      listVersion++;
      unread.value = 0;
      counted.value = false;
      items.value = [];
      next.value = null;
      onlyUnread.value = false;
      loaded.value = false;
    },
  );

  return {
    unread,
    items,
    next,
    onlyUnread,
    loaded,
    counted,
    refreshCount,
    load,
    loadOlder,
    markRead,
    markAllRead,
  };
});

export type NotificationsStore = ReturnType<typeof useNotificationsStore>;
