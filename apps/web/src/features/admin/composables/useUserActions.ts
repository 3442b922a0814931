import type { AdminUser } from '@mentorbro/core/admin';
import { nextTick, ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useAsync } from '@/composables/useAsync';
import { focusById } from '@/lib/focus';
import { useAdminStore, type Outcome } from '../admin.store';

/** Suspend (after the dialog) and reinstate; results are said in words, focus stays in the row. */
export function useUserActions() {
  const store = useAdminStore();
  const { t } = useI18n();
  const suspending = shallowRef<AdminUser | null>(null);
  const busyId = ref<string | null>(null);
  const reinstatement = useAsync((userId: string) => store.reinstate(userId));

  async function focusRow(user: AdminUser) {
    await nextTick();
    const button = document.getElementById(`user-action-${user.id}`);
    if (button) button.focus();
    else focusById('users-count');
  }

  function sendSuspend(reason: string): Promise<Outcome> {
    const user = suspending.value;
    if (!user) return Promise.reject(new Error('Nobody is being suspended'));
    return store.suspend(user.id, reason);
  }

  function suspended(outcome: Outcome) {
    const user = suspending.value;
    suspending.value = null;
    if (!user) return;
    const key = outcome === 'stale' ? 'admin.users.staleSuspend' : 'admin.users.suspended';
    store.announce(t(key, { name: user.name }));
    void focusRow(user);
  }

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
    suspending,
    busyId,
    reinstateError: reinstatement.error,
    sendSuspend,
    suspended,
    reinstate,
  };
}
