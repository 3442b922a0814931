/**
 * The editor's unsent answers, kept in sessionStorage so a reload (or a phone that drops the
 * tab) does not lose them. Per tab and per account: someone else logging in on the same phone
 * never sees them. Cleared after a successful save and on logout.
 */
const PREFIX = 'mentorbro.profile-draft.';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch (error) {
    // Blocked by privacy settings: the editor still works, without surviving a reload.
    console.warn('Cannot keep the profile draft', error);
    return null;
  }
}

/** A draft and the step she was on. */
export interface StoredDraft<Draft> {
  step: number;
  draft: Draft;
}

/**
 * The stored draft if it still has the editor's shape; a draft from an older version of the
 * app (or anything else in storage) is dropped rather than put into the form. Free of
 * TypeBox, so the home page can clear drafts without loading the schema checker.
 */
export function readDraft<Draft>(
  owner: string,
  isDraft: (value: unknown) => value is Draft,
): StoredDraft<Draft> | null {
  const raw = storage()?.getItem(PREFIX + owner);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as { step?: unknown; draft?: unknown };
    if (!isDraft(parsed.draft)) return null;
    const step = typeof parsed.step === 'number' && Number.isInteger(parsed.step) ? parsed.step : 0;
    return { step, draft: parsed.draft };
  } catch (error) {
    console.warn('Ignoring an unreadable profile draft', error);
    return null;
  }
}

export function writeDraft<Draft>(owner: string, value: StoredDraft<Draft>): void {
  try {
    storage()?.setItem(PREFIX + owner, JSON.stringify(value));
  } catch (error) {
    console.warn('Could not keep the profile draft', error);
  }
}

export function clearDraft(owner: string): void {
  storage()?.removeItem(PREFIX + owner);
}

/** On logout: no draft stays behind in this tab. */
export function clearAllDrafts(): void {
  const store = storage();
  if (!store) return;
  const keys = Array.from({ length: store.length }, (_, index) => store.key(index));
  for (const key of keys) if (key?.startsWith(PREFIX)) store.removeItem(key);
}
