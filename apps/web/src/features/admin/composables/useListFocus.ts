import { nextTick } from 'vue';
import { focusById } from '@/lib/focus';

/**
 * After a decision an item leaves its list: focus goes to the one that took its place (or the
 * new last one), or to the list's count when none is left. Keyboard and screen reader users
 * carry on from where they were, not from the top.
 */
export function useListFocus<Item>(
  items: () => readonly Item[],
  idOf: (item: Item) => string,
  emptyId: string,
) {
  return async function focusInPlaceOf(index: number): Promise<void> {
    await nextTick();
    const list = items();
    const next = list[Math.min(index, list.length - 1)];
    focusById(next ? idOf(next) : emptyId);
  };
}
