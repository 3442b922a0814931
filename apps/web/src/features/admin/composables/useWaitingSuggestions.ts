import type { WaitingMentee } from '@mentorbro/core/notifications';
import { nextTick, type ShallowRef, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { focusById } from '@/lib/focus';
import { type Outcome, useAdminStore } from '../admin.store';

/** The id of a row's "suggest mentors" button, where focus returns after the dialog. */
export const suggestButtonId = (mentee: { id: string }) => `waiting-suggest-${mentee.id}`;

/**
 * The mentee whose suggestion dialog is open, and what happens after it is sent: a sentence in
 * the live region, the list read again (her "last suggestion" changed) and focus back on her row,
 * or on the count when she is no longer waiting.
 */
export function useWaitingSuggestions(reload: () => Promise<void>) {
  const store = useAdminStore();
  const { t } = useI18n();
  const suggesting: ShallowRef<WaitingMentee | null> = shallowRef(null);

  async function backToRow(mentee: WaitingMentee): Promise<void> {
    await nextTick();
    if (document.getElementById(suggestButtonId(mentee))) focusById(suggestButtonId(mentee));
    else focusById('waiting-count');
  }

  async function done(outcome: Outcome): Promise<void> {
    const mentee = suggesting.value;
    suggesting.value = null;
    if (mentee === null) return;
    if (outcome === 'stale') {
      // The store has read the list again already.
      store.announce(t('admin.waiting.stale', { name: mentee.name }));
    } else {
      store.announce(t('admin.waiting.sent', { name: mentee.name }));
      await reload();
    }
    await backToRow(mentee);
  }

  // By id, not only the dialog's own "focus the opener": Safari does not focus a clicked button.
  async function cancel(): Promise<void> {
    const mentee = suggesting.value;
    suggesting.value = null;
    if (mentee !== null) await backToRow(mentee);
  }

  return { suggesting, done, cancel };
}
