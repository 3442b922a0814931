import { SEARCH_SORTS, type SearchSort } from '@mentorbro/core/search';
import { AppError } from '../../lib/errors';

/**
 * Where a page ended: the sort it belongs to, the last mentor's key and her tiebreak, her id
 * for `newest` and her ordinal for the ranked sorts.
 */
export interface Cursor {
  sort: SearchSort;
  key: string;
  after: string;
}

export const encodeCursor = (cursor: Cursor) =>
  Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.after])).toString('base64url');

const invalidCursor = () =>
  new AppError(400, 'validation_failed', 'This list has changed; please search again.', [
    { field: 'cursor', rule: 'cursor', message: 'Not a cursor from this search.' },
  ]);

// Keys are integers: an approval time in microseconds, or a rank (an int in the database).
const TIME = /^-?\d{1,18}$/;
const RANK = /^\d{1,6}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ORDINAL = /^\d{1,9}$/;

/** A cursor from an earlier page of the same sort; anything else is a 400. */
export function decodeCursor(text: string, sort: SearchSort): Cursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(value) || value.length !== 3) throw invalidCursor();
  const [s, key, after] = value as unknown[];
  const known = SEARCH_SORTS.find((candidate) => candidate === s);
  if (known !== sort) throw invalidCursor();
  const [keyPattern, afterPattern] = sort === 'newest' ? [TIME, UUID] : [RANK, ORDINAL];
  if (typeof key !== 'string' || !keyPattern.test(key)) throw invalidCursor();
  if (typeof after !== 'string' || !afterPattern.test(after)) throw invalidCursor();
  return { sort, key, after };
}
