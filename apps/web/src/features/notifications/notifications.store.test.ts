import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAuthStore } from '@/features/auth/auth.store';
import { NetworkError } from '@/lib/http';
import { amina } from '@/test/fixtures';
import { notificationsApi } from './notifications.api';
import { useNotificationsStore } from './notifications.store';
import { notification, notificationId, page, read } from './test/notifications-fixtures';

vi.mock('./notifications.api', async () =>
  (await import('./test/notifications-api-mock')).notificationsApiMock(),
);

beforeEach(() => {
  setActivePinia(createPinia());
});

const newest = notification(1);
const older = read(notification(2, { kind: 'log_added' }));
const oldest = notification(3, { kind: 'mentorship_started' });

/** A promise the test settles when it wants to. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('the notifications store', () => {
  it('loads the newest page with the unread count, and older pages under it', async () => {
    vi.mocked(notificationsApi.list)
      .mockResolvedValueOnce(page([newest, older], { unread: 2, next: older.id }))
      .mockResolvedValueOnce(page([oldest], { unread: 2, next: null }));
    const store = useNotificationsStore();

    await store.load();
    expect(notificationsApi.list).toHaveBeenLastCalledWith({ unread: false, before: undefined });
    expect(store.items).toEqual([newest, older]);
    expect(store.unread).toBe(2);
    expect(store.next).toBe(older.id);

    await expect(store.loadOlder()).resolves.toEqual(oldest);
    expect(notificationsApi.list).toHaveBeenLastCalledWith({ unread: false, before: older.id });
    expect(store.items).toEqual([newest, older, oldest]);
    expect(store.next).toBeNull();
    await expect(store.loadOlder()).resolves.toBeUndefined();
    expect(notificationsApi.list).toHaveBeenCalledTimes(2);
  });

  it('asks only for the unread ones when she filters', async () => {
    vi.mocked(notificationsApi.list).mockResolvedValue(page([newest]));
    const store = useNotificationsStore();

    await store.load(true);

    expect(notificationsApi.list).toHaveBeenCalledWith({ unread: true, before: undefined });
    expect(store.onlyUnread).toBe(true);
  });

  it('marks one as read at once, and puts it back when the API says no', async () => {
    vi.mocked(notificationsApi.list).mockResolvedValue(page([newest, oldest]));
    vi.mocked(notificationsApi.markRead).mockResolvedValueOnce(undefined);
    const store = useNotificationsStore();
    await store.load();

    await store.markRead(newest.id);
    expect(notificationsApi.markRead).toHaveBeenCalledWith(newest.id);
    expect(store.items[0]?.readAt).not.toBeNull();
    expect(store.unread).toBe(1);

    // Already read: nothing to send.
    await store.markRead(newest.id);
    expect(notificationsApi.markRead).toHaveBeenCalledTimes(1);

    const offline = new NetworkError(new TypeError('offline'));
    vi.mocked(notificationsApi.markRead).mockRejectedValueOnce(offline);
    await expect(store.markRead(oldest.id)).rejects.toBe(offline);
    expect(store.items[1]?.readAt).toBeNull();
    expect(store.unread).toBe(1);
  });

  it('marks all as read', async () => {
    vi.mocked(notificationsApi.list).mockResolvedValue(page([newest, older, oldest]));
    vi.mocked(notificationsApi.markAllRead).mockResolvedValue(undefined);
    const store = useNotificationsStore();
    await store.load();

    await store.markAllRead();

    expect(store.unread).toBe(0);
    expect(store.items.every((item) => item.readAt !== null)).toBe(true);
    expect(store.items[1]).toEqual(older);
  });

  it('keeps the count she just changed when an older count arrives after it', async () => {
    vi.mocked(notificationsApi.list).mockResolvedValue(page([newest], { unread: 3 }));
    vi.mocked(notificationsApi.markRead).mockResolvedValue(undefined);
    const store = useNotificationsStore();
    await store.load();
    const before = deferred<{ unread: number }>();
    vi.mocked(notificationsApi.unreadCount).mockReturnValueOnce(before.promise);

    const counting = store.refreshCount();
    await store.markRead(newest.id);
    before.resolve({ unread: 3 });
    await counting;

    expect(store.unread).toBe(2);
    vi.mocked(notificationsApi.unreadCount).mockResolvedValueOnce({ unread: 4 });
    await store.refreshCount();
    expect(store.unread).toBe(4);
    expect(store.counted).toBe(true);
  });

  it('asks once when several ask for the count at the same time', async () => {
    vi.mocked(notificationsApi.unreadCount).mockResolvedValue({ unread: 1 });
    const store = useNotificationsStore();

    await Promise.all([store.refreshCount(), store.refreshCount()]);

    expect(notificationsApi.unreadCount).toHaveBeenCalledTimes(1);
    expect(store.unread).toBe(1);
  });

  it('forgets her notifications when someone else logs in on the phone', async () => {
    vi.mocked(notificationsApi.list).mockResolvedValue(page([newest], { next: notificationId(9) }));
    const auth = useAuthStore();
    auth.user = amina;
    const store = useNotificationsStore();
    await store.load(true);

    auth.user = { ...amina, id: 'someone-else' };
    await vi.waitFor(() => {
      expect(store.items).toEqual([]);
    });
    expect(store.unread).toBe(0);
    expect(store.next).toBeNull();
    expect(store.onlyUnread).toBe(false);
    expect(store.loaded).toBe(false);
  });
});
