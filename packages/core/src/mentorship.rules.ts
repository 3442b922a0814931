const DAY_MS = 86_400_000;
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** The first day that still counts as recent for a programme's quiet days. */
export const quietSince = (now: Date, quietDays: number) =>
  dayOf(new Date(now.getTime() - quietDays * DAY_MS));

/**
 * Quiet: running, started before the programme's quiet days, and no meeting logged within
 * them (the domain's "nothing logged for a month"). The API's filter uses `quietSince` too.
 */
export function isQuiet(
  mentorship: { status: string; startDate: string; lastLogDate: string | null },
  quietDays: number,
  now: Date,
): boolean {
  if (mentorship.status !== 'active') return false;
  const since = quietSince(now, quietDays);
  return (
    mentorship.startDate < since &&
    (mentorship.lastLogDate === null || mentorship.lastLogDate < since)
  );
}
