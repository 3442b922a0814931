import { type BackgroundRow, shareOf, SMALL_GROUP } from '@mentorbro/core/stats';

/** The measure columns of a background row. */
export const MEASURES = ['job', 'education', 'betterDanish', 'satisfied'] as const;
export type Measure = (typeof MEASURES)[number];

/** One option's group of a background question: its size and, per measure, yes of how many. */
export interface GroupCounts {
  option: string;
  answers: number;
  measures: Record<Measure, { count: number; of: number }>;
}

export type GroupRow = Omit<BackgroundRow, 'question'>;

/**
 * The rows of one background question, with complementary suppression. `total` is every answer
 * of the form (shown as `outcomes.answers`), and each question splits it into groups, so hiding
 * a cell is not enough when the shown ones add up to the total minus that cell:
 * 1. group level: the hidden groups, with those who skipped the question, weigh `total` minus
 *    the shown groups. While that is 1 to 4 answers, the smallest shown group is hidden too
 *    (the whole row), or the total minus the shown rows would give the hidden group's size,
 *    and the overall job share minus the shown ones its job count;
 * 2. cell level, per measure: when exactly one shown row's cell is null by `shareOf`'s rule,
 *    the smallest other shown cell of that column is hidden too, so the hidden one can never be
 *    worked out from the overall share.
 * "Smallest" is by the group's answers, which the page shows, and ties go to the first option in
 * the catalogue's order, so which cell is hidden says nothing more.
 */
export function suppressGroups(groups: GroupCounts[], total: number): GroupRow[] {
  const shown = groups.map((group) => group.answers >= SMALL_GROUP);
  const size = (i: number) => groups[i]?.answers ?? 0;
  const smallest = (candidates: number[]) =>
    candidates.reduce<number | undefined>(
      (best, i) => (best === undefined || size(i) < size(best) ? i : best),
      undefined,
    );
  const shownIndices = () => groups.flatMap((_, i) => (shown[i] ? [i] : []));

  let hidden = total - groups.reduce((sum, group, i) => sum + (shown[i] ? group.answers : 0), 0);
  while (hidden > 0 && hidden < SMALL_GROUP) {
    const next = smallest(shownIndices());
    if (next === undefined) break;
    shown[next] = false;
    hidden += size(next);
  }

  const columns = Object.fromEntries(
    MEASURES.map((measure) => {
      const cellOf = (i: number) => groups[i]?.measures[measure] ?? { count: 0, of: 0 };
      const cells = groups.map((_, i) =>
        shown[i] ? shareOf(cellOf(i).count, cellOf(i).of) : null,
      );
      const open = shownIndices();
      const alone = open.filter((i) => cells[i] === null);
      if (alone.length === 1) {
        const others = open.filter((i) => cells[i] !== null);
        const next = smallest(others);
        if (next !== undefined) cells[next] = null;
      }
      return [measure, cells];
    }),
  ) as Record<Measure, (number | null)[]>;

  return groups.map((group, i) => ({
    option: group.option,
    answers: shown[i] ? group.answers : null,
    job: columns.job[i] ?? null,
    education: columns.education[i] ?? null,
    betterDanish: columns.betterDanish[i] ?? null,
    satisfied: columns.satisfied[i] ?? null,
  }));
}
