/** Small helpers for composing Danish and English sentences from parts. */

export const NUMBER_WORDS_DA = ['nul', 'en', 'to', 'tre', 'fire', 'fem'] as const;
export const NUMBER_WORDS_EN = ['zero', 'one', 'two', 'three', 'four', 'five'] as const;

/** "Sygeplejerske" → "sygeplejerske" mid-sentence, but "IT-supporter" keeps its capitals. */
export function lowerFirst(text: string): string {
  const second = text.charAt(1);
  if (second !== second.toLowerCase()) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`;
}

/** "a, b og c" */
export const listDa = (items: readonly string[]) => joinList(items, 'og');
/** "a, b and c" */
export const listEn = (items: readonly string[]) => joinList(items, 'and');

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => word.length > 0).length;
}
