/** Core's ids are at most 40 characters (survey.schema.ts). */
const MAX_LENGTH = 40;

const DANISH: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/**
 * Danish words as an id: lowercase ASCII, æ ø å spelled out, other accents dropped (é → e),
 * everything else an underscore. "Min mentor gav råd" → "min_mentor_gav_raad".
 */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => DANISH[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

const cut = (text: string, length: number) => text.slice(0, length).replace(/_+$/, '');

/**
 * A new id from her Danish words, unlike every id in `taken` (which it joins). Options may
 * start with a digit ("18-24"); question ids must start with a letter. Words with no letter
 * or digit at all give the fallback ("option", "question"), numbered when taken.
 */
export function idFrom(label: string, taken: Set<string>, fallback: 'option' | 'question'): string {
  let base = slug(label) || fallback;
  if (fallback === 'question' && !/^[a-z]/.test(base)) base = `q_${base}`;
  const stem = cut(base, MAX_LENGTH);
  let id = stem;
  for (let n = 2; taken.has(id); n += 1) {
    const suffix = `_${n}`;
    id = `${cut(stem, MAX_LENGTH - suffix.length)}${suffix}`;
  }
  taken.add(id);
  return id;
}
