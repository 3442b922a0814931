import { onMounted, onUnmounted } from 'vue';
import { useRouter } from 'vue-router';
import { useNotificationsStore } from '../notifications.store';

/** How often the bell asks while the tab is in front. */
export const POLL_INTERVAL_MS = 60_000;

/**
 * Keeps the bell's count fresh while a member is signed in (the bell is only mounted then):
 * every minute while the tab is visible, and at once on every page change and when she comes
 * back to the tab. A hidden tab does not ask at all, so a phone in a pocket stays quiet.
 */
export function useUnreadPolling(interval = POLL_INTERVAL_MS) {
  const store = useNotificationsStore();
  const router = useRouter();
  let timer: ReturnType<typeof setInterval> | undefined;

  function refresh() {
    // The old count stays shown; an expired session is handled by the fetch wrapper.
    store.refreshCount().catch((error: unknown) => {
      console.warn('Could not update the number of unread notifications', error);
    });
  }

  function stop() {
    clearInterval(timer);
    timer = undefined;
  }

  function start() {
    stop();
    if (document.visibilityState === 'visible') timer = setInterval(refresh, interval);
  }

  function onVisibilityChange() {
    if (document.visibilityState === 'visible') refresh();
    start();
  }

  const removeAfterEach = router.afterEach((_to, _from, failure) => {
    if (!failure) refresh();
  });

  onMounted(() => {
    refresh();
    start();
    document.addEventListener('visibilitychange', onVisibilityChange);
    window.addEventListener('focus', refresh);
  });

  onUnmounted(() => {
    stop();
    removeAfterEach();
    document.removeEventListener('visibilitychange', onVisibilityChange);
    window.removeEventListener('focus', refresh);
  });
}
