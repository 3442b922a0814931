import { SEARCH_SORTS, type SearchSort } from '@mentorbro/core/search';
import { AppError } from '../../lib/errors';

/** Where a page ended: the sort it belongs to, the last mentor's key and id. */
export interface Cursor {
  sort: SearchSort;
  key: string | null;
  id: string;
}

export const encodeCursor = (cursor: Cursor) =>
  Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id])).toString('base64url');

const invalidCursor = () =>
  new AppError(400, 'validation_failed', 'This list has changed; please search again.', [
    { field: 'cursor', rule: 'cursor', message: 'Not a cursor from this search.' },
  ]);

const KEY = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cursor from an earlier page of the same sort; anything else is a 400. */
export function decodeCursor(text: string, sort: SearchSort): Cursor {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(value) || value.length !== 3) throw invalidCursor();
  const [s, key, id] = value as unknown[];
  const known = SEARCH_SORTS.find((candidate) => candidate === s);
  if (known !== sort) throw invalidCursor();
  if (key !== null && (typeof key !== 'string' || !KEY.test(key))) throw invalidCursor();
  if (typeof id !== 'string' || !UUID.test(id)) throw invalidCursor();
  return { sort, key, id };
}
