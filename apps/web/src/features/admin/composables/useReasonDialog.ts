import { type ShallowRef, shallowRef } from 'vue';
import type { Outcome } from '../admin.store';

/**
 * The item whose reason dialog (AdminReasonDialog: reject, suspend, resolve) is open. `send` is
 * the dialog's submit: it shows a failure itself and stays open. `done` closes it and hands the
 * item and the outcome on; cancelling is setting `item` back to null.
 */
export function useReasonDialog<Item>(
  send: (item: Item, reason: string) => Promise<Outcome>,
  done: (item: Item, outcome: Outcome) => void,
) {
  // Typed outright: shallowRef's conditional type stays unresolved for a type parameter.
  const item = shallowRef(null) as ShallowRef<Item | null>;
  return {
    item,
    send: (reason: string): Promise<Outcome> => {
      const open = item.value;
      if (open === null) return Promise.reject(new Error('No reason dialog is open'));
      return send(open, reason);
    },
    done: (outcome: Outcome): void => {
      const open = item.value;
      item.value = null;
      if (open !== null) done(open, outcome);
    },
  };
}
