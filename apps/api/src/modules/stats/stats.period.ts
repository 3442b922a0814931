import type { Stats, StatsQuery } from '@mentorbro/core/stats';
import { refused } from '../../lib/errors';

/** A longer span is refused: nobody reports on it, and it would only load the database. */
export const MAX_YEARS = 5;
/**
 * No period starts earlier: no programme has data from before, and the date format lets through
 * years such as 0000 that PostgreSQL refuses (a 500 instead of a 400).
 */
export const EARLIEST = '2000-01-01';

const yearsBefore = (day: string, years: number) =>
  `${String(Number(day.slice(0, 4)) - years).padStart(4, '0')}${day.slice(4)}`;

/**
 * The period asked for, in UTC days (the clock's day is today). Without `to`: today. Without
 * `from`: the first day of `to`'s month a year earlier, so the default shows the twelve full
 * months before this one and this month so far (13 month rows), as the year-on-year
 * comparison funders ask for. ISO dates compare as strings, so no date arithmetic is needed.
 */
export function periodOf(query: StatsQuery, now: Date): Stats['period'] {
  const to = query.to ?? now.toISOString().slice(0, 10);
  const from = query.from ?? `${yearsBefore(to, 1).slice(0, 7)}-01`;
  if (from > to) throw refused('/from', 'range', 'The period must start before it ends.');
  if (from < EARLIEST) {
    throw refused('/from', 'range', `The period cannot start before ${EARLIEST}.`);
  }
  if (from < yearsBefore(to, MAX_YEARS)) {
    throw refused('/from', 'range', `The period can be at most ${MAX_YEARS} years.`);
  }
  return { from, to, region: query.region ?? null };
}
