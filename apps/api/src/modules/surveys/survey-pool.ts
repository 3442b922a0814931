import { SMALL_GROUP } from '@mentorbro/core/stats';
import type { JobDeps } from '../reminders/reminders.jobs';
import { lockPool, movePooled, programmesWithPool } from './surveys.repository';

/**
 * Moves pooled end answers to `survey_answers`, the only table the stats read. An answer cannot
 * go there when it is sent: that transaction also marks her invitation answered, so both rows
 * would carry the same `xmin` (a join on it names her), and the row order would tell who
 * answered first. Here, in a transaction of its own per programme, all of a programme's pooled
 * answers move at once, in random order and with new random ids, so each moved row shares its
 * `xmin` with at least SMALL_GROUP - 1 others and with no invitation: the batch is the smallest
 * group it hides in. `skip locked` lets several workers run without moving a row twice; a worker
 * that could lock fewer than SMALL_GROUP rows (another holds the rest) moves none. Waiting
 * answers count nowhere, which is fine: fewer than five would be "too few to show" anyway.
 */
export async function moveSurveyPool({ db }: JobDeps): Promise<number> {
  let moved = 0;
  for (const programmeId of await programmesWithPool(db, SMALL_GROUP)) {
    moved += await db.transaction(async (tx) => {
      const ids = await lockPool(tx, programmeId);
      if (ids.length < SMALL_GROUP) return 0;
      await movePooled(tx, ids);
      return ids.length;
    });
  }
  return moved;
}
