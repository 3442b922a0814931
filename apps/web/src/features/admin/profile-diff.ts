import {
  MENTOR_PUBLIC_TEXT,
  type MentorPublicText,
  type MentorPublicTextField,
} from '@mentorbro/core/profile-view';

/** A run of words in one side of a text diff. */
export interface TextPart {
  text: string;
  change: 'same' | 'removed' | 'added';
}

type TextField = Exclude<MentorPublicTextField, 'interests'>;

export interface TextFieldDiff {
  field: TextField;
  changed: boolean;
  /** The approved words, with what the change takes out marked 'removed'. */
  approved: TextPart[];
  /** The proposed words, with what the change brings in marked 'added'. */
  proposed: TextPart[];
}

export interface ListFieldDiff {
  field: 'interests';
  changed: boolean;
  approved: string[];
  proposed: string[];
  removed: string[];
  added: string[];
}

export type FieldDiff = TextFieldDiff | ListFieldDiff;

/** Beyond this many token pairs the comparison would be slow; mark the whole text changed. */
const MAX_CELLS = 2_000_000;

function merge(parts: TextPart[]): TextPart[] {
  const merged: TextPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last?.change === part.change) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/** Words with the spaces after them, so a shared space never counts as a shared word. */
function tokens(text: string): string[] {
  return text.match(/^\s+|\S+\s*/g) ?? [];
}

/** Whole-text replacement: for texts with too little in common, a word diff is only noise. */
function replaced(before: string, after: string) {
  return {
    before: before === '' ? [] : [{ text: before, change: 'removed' as const }],
    after: after === '' ? [] : [{ text: after, change: 'added' as const }],
  };
}

/**
 * A word-level diff (longest common subsequence), so in a long "about" text the coordinator
 * sees which words changed instead of re-reading two whole paragraphs. When less than half
 * the words are shared, the text was rewritten: it is shown as replaced as a whole.
 */
export function diffWords(
  before: string,
  after: string,
): { before: TextPart[]; after: TextPart[] } {
  if (before === after) {
    const same = before === '' ? [] : [{ text: before, change: 'same' as const }];
    return { before: same, after: same };
  }
  const a = tokens(before);
  const b = tokens(after);
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) return replaced(before, after);
  const key = (token: string | undefined) => token?.trimEnd();
  // lengths[i][j]: the longest common run of a[i..] and b[j..], in one flat array.
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] =
        key(a[i]) === key(b[j])
          ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  if ((lengths[0] ?? 0) * 2 < Math.max(a.length, b.length)) return replaced(before, after);

  const left: TextPart[] = [];
  const right: TextPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const tokenA = a[i];
    const tokenB = b[j];
    if (tokenA !== undefined && tokenB !== undefined && key(tokenA) === key(tokenB)) {
      left.push({ text: tokenA, change: 'same' });
      right.push({ text: tokenB, change: 'same' });
      i++;
      j++;
    } else if (
      tokenB === undefined ||
      (tokenA !== undefined &&
        (lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0))
    ) {
      left.push({ text: tokenA ?? '', change: 'removed' });
      i++;
    } else {
      right.push({ text: tokenB, change: 'added' });
      j++;
    }
  }
  return { before: merge(left), after: merge(right) };
}

function diffList(approved: readonly string[], proposed: readonly string[]): ListFieldDiff {
  const changed =
    approved.length !== proposed.length ||
    approved.some((value, index) => value !== proposed[index]);
  return {
    field: 'interests',
    changed,
    approved: [...approved],
    proposed: [...proposed],
    removed: approved.filter((value) => !proposed.includes(value)),
    added: proposed.filter((value) => !approved.includes(value)),
  };
}

/**
 * Compares the approved public words of a mentor with the change she proposes, field by field
 * in the order of her profile. Only these fields wait for a coordinator (see MENTOR_PUBLIC_TEXT).
 */
export function diffPublicText(
  approved: MentorPublicText,
  proposed: MentorPublicText,
): FieldDiff[] {
  return MENTOR_PUBLIC_TEXT.map((field): FieldDiff => {
    if (field === 'interests') return diffList(approved.interests, proposed.interests);
    const before = approved[field] ?? '';
    const after = proposed[field] ?? '';
    const words = diffWords(before, after);
    return { field, changed: before !== after, approved: words.before, proposed: words.after };
  });
}
