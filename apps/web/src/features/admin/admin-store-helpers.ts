import type { ErrorCode } from '@mentorbro/core/error-codes';
import { ApiError } from '@/lib/http';

/**
 * 'stale': someone else (another coordinator, another tab) already did it. The list has been
 * read again, so what she sees is true now; nothing went wrong and nothing needs retrying.
 */
/** Done; someone else had already done it; or she changed her profile while it was read. */
export type Outcome = 'done' | 'stale' | 'changed';

export async function unlessStale(
  action: () => Promise<void>,
  staleCode: ErrorCode,
  refresh: () => Promise<unknown>,
): Promise<Outcome> {
  try {
    await action();
    return 'done';
  } catch (error) {
    const changed = error instanceof ApiError && error.code === 'profile_changed';
    if (!changed && !(error instanceof ApiError && error.code === staleCode)) throw error;
    await refresh();
    return changed ? 'changed' : 'stale';
  }
}

/** Keeps only the answer to the latest call: a slow old search must not overwrite a new one. */
export function latestOnly() {
  let counter = 0;
  return async <T>(load: () => Promise<T>, apply: (value: T) => void): Promise<void> => {
    const mine = ++counter;
    const value = await load();
    if (mine === counter) apply(value);
  };
}

export function replaceById<T extends { id: string }>(list: T[], item: T): T[] {
  return list.map((existing) => (existing.id === item.id ? item : existing));
}
