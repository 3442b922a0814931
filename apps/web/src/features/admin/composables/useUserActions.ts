import type { AdminUser } from '@mentorbro/core/admin';
import { nextTick, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useAsync } from '@/composables/useAsync';
import { focusById } from '@/lib/focus';
import { useAdminStore } from '../admin.store';
import { useReasonDialog } from './useReasonDialog';

/**
 * Suspend and erase (each after its dialog) and reinstate; results are said in words, focus stays
 * in the row, or goes to the count when the row is gone.
 */
export function useUserActions() {
  const store = useAdminStore();
  const { t } = useI18n();
  const busyId = ref<string | null>(null);
  const reinstatement = useAsync((userId: string) => store.reinstate(userId));

  async function focusRow(user: AdminUser) {
    await nextTick();
    const button = document.getElementById(`user-action-${user.id}`);
    if (button) button.focus();
    else focusById('users-count');
  }

  const suspension = useReasonDialog(
    (user: AdminUser, reason) => store.suspend(user.id, reason),
    (user, outcome) => {
      const key = outcome === 'stale' ? 'admin.users.staleSuspend' : 'admin.users.suspended';
      store.announce(t(key, { name: user.name }));
      void focusRow(user);
    },
  );

  // Her row is gone (the member is erased), so focus goes to the count above the list.
  const erasure = useReasonDialog(
    (user: AdminUser, reason) => store.erase(user.id, reason),
    (user, outcome) => {
      const key = outcome === 'stale' ? 'admin.users.staleErase' : 'admin.users.erased';
      store.announce(t(key, { name: user.name }));
      void focusRow(user);
    },
  );

  async function reinstate(user: AdminUser) {
    busyId.value = user.id;
    const result = await reinstatement.run(user.id);
    busyId.value = null;
    if (!result.ok) return;
    const key = result.value === 'stale' ? 'admin.users.staleReinstate' : 'admin.users.reinstated';
    store.announce(t(key, { name: user.name }));
    await focusRow(user);
  }

  return {
    /** The user whose suspend dialog is open. */
    suspending: suspension.item,
    busyId,
    reinstateError: reinstatement.error,
    sendSuspend: suspension.send,
    suspended: suspension.done,
    /** The user whose erase dialog is open. */
    erasing: erasure.item,
    sendErase: erasure.send,
    erased: erasure.done,
    reinstate,
  };
}
