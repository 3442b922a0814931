import type { OutboxEmail } from '@mentorbro/core/notifications';
import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useAsync } from '@/composables/useAsync';
import { useAdminStore } from '../admin.store';
import { useListFocus } from './useListFocus';

export const retryButtonId = (email: { id: number }) => `outbox-retry-${email.id}`;

/**
 * "Send again" on a dead email: it leaves the list, the result is said in words, and focus goes
 * to the next email's button (or the count), so she can go down the list with the keyboard.
 */
export function useOutboxActions() {
  const store = useAdminStore();
  const { t } = useI18n();
  const busyId = ref<number | null>(null);
  const retrying = useAsync((emailId: number) => store.retryEmail(emailId));
  const focusInPlaceOf = useListFocus(() => store.outbox, retryButtonId, 'outbox-count');

  async function retry(email: OutboxEmail): Promise<void> {
    const index = store.outbox.findIndex((candidate) => candidate.id === email.id);
    busyId.value = email.id;
    const result = await retrying.run(email.id);
    busyId.value = null;
    if (!result.ok) return;
    const key = result.value === 'stale' ? 'admin.outbox.stale' : 'admin.outbox.retried';
    store.announce(t(key, { name: email.recipient.name }));
    await focusInPlaceOf(Math.max(index, 0));
  }

  return { busyId, retryError: retrying.error, retry };
}
