import { SURVEY_REMINDER_DAYS } from '@mentorbro/core/survey';
import { nameParam } from '../notifications/notification-params';
import { notify } from '../notifications/notifications.repository';
import type { JobDeps } from '../reminders/reminders.jobs';
import { markSurveysReminded } from './surveys.repository';

/** Invitations one run looks at; the next run takes the rest. */
const BATCH = 200;

/**
 * One reminder of a survey she has neither answered nor declined, SURVEY_REMINDER_DAYS after
 * it was offered. Marked and told in one transaction, so it is once even with several workers.
 */
export async function remindSurveys({ db, clock }: JobDeps): Promise<number> {
  const now = clock.now();
  return db.transaction(async (tx) => {
    const rows = await markSurveysReminded(tx, now, SURVEY_REMINDER_DAYS, BATCH);
    return notify(
      tx,
      rows.map((row) => ({
        userId: row.user_id,
        programmeId: row.programme_id,
        kind: 'survey_reminder' as const,
        params: nameParam(row.other_name, row.other_deleted),
        link: `/surveys/${row.id}`,
        dedupeKey: `survey_reminder:${row.id}`,
        createdAt: now,
      })),
    );
  });
}
