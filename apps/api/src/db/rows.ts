import { sql } from 'drizzle-orm';

/** node-postgres and PGlite both answer `execute` with `rows`; the shared Db type cannot say so. */
export function rowsOf<T>(result: unknown): T[] {
  if (typeof result === 'object' && result !== null && 'rows' in result) {
    if (Array.isArray(result.rows)) return result.rows as T[];
  }
  throw new Error('The database driver answered without rows');
}

/**
 * A list as one `text[]` parameter. A bare array in drizzle's sql template expands into a
 * `($1, $2, …)` tuple, which `= any(...)` and `&&` cannot take.
 */
export const textArray = (values: readonly string[]) => sql`${sql.param(values)}::text[]`;
