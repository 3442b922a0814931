import type { ModerationItem } from '@mentorbro/core/admin';
import { ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useAsync } from '@/composables/useAsync';
import { useAdminStore, type Outcome } from '../admin.store';
import { useReasonDialog } from './useReasonDialog';

/**
 * Approve and reject from the queue: one item is busy at a time, a failure stays beside the
 * item it belongs to, and every result is said in the live region in words.
 */
export function useModerationActions(onSettled: (index: number) => void) {
  const store = useAdminStore();
  const { t } = useI18n();
  const busyId = ref<string | null>(null);
  const failure = shallowRef<{ userId: string; error: unknown } | null>(null);
  const approval = useAsync((item: ModerationItem) => store.approve(item));

  function announce(item: ModerationItem, outcome: Outcome, verb: 'approved' | 'rejected') {
    const name = item.name;
    const key =
      outcome === 'done'
        ? `admin.moderation.${verb}${item.kind === 'edit' ? 'Edit' : 'New'}`
        : `admin.moderation.${outcome}`;
    store.announce(t(key, { name }));
  }

  const indexOf = (item: ModerationItem) =>
    store.queue.findIndex((candidate) => candidate.userId === item.userId);

  async function approve(item: ModerationItem): Promise<void> {
    const index = indexOf(item);
    failure.value = null;
    busyId.value = item.userId;
    const result = await approval.run(item);
    busyId.value = null;
    if (!result.ok) {
      failure.value = { userId: item.userId, error: approval.error.value };
      return;
    }
    announce(item, result.value, 'approved');
    onSettled(index);
  }

  let rejectIndex = 0;
  const rejection = useReasonDialog(
    (item: ModerationItem, reason) => store.reject(item, reason),
    (item, outcome) => {
      announce(item, outcome, 'rejected');
      onSettled(rejectIndex);
    },
  );
  function startReject(item: ModerationItem) {
    failure.value = null;
    rejectIndex = indexOf(item);
    rejection.item.value = item;
  }

  return {
    busyId,
    failure,
    /** The item whose reject dialog is open. */
    rejecting: rejection.item,
    approve,
    startReject,
    sendReject: rejection.send,
    rejected: rejection.done,
  };
}
