import type { SuggestMentorsBody, WaitingList } from '@mentorbro/core/notifications';
import type { Db } from '../../db/client';
import { type Clock, DAY_MS } from '../../lib/clock';
import { AppError, refused } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repository';
import { notify } from '../notifications/notifications.repository';
import { firstName } from '../profiles/profiles.view';
import { findProgrammeById } from '../programmes/programmes.repository';
import type { UserRow } from '../users/users.repository';
import { isWaiting, listedMentors, listWaiting } from './waiting-list.repository';

const iso = (value: Date | string) => new Date(value).toISOString();

export function waitingListService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async list(admin: UserRow): Promise<WaitingList> {
      const now = clock.now();
      const programme = await findProgrammeById(db, admin.programmeId);
      if (!programme) throw new Error('A coordinator without a programme');
      const rows = await listWaiting(db, admin.programmeId, now);
      return {
        days: programme.waitingListDays,
        items: rows.map((row) => ({
          id: row.id,
          name: row.name,
          approvedAt: iso(row.approved_at),
          daysWaiting: Math.floor((now.getTime() - new Date(row.approved_at).getTime()) / DAY_MS),
          requestsSent: row.requests_sent,
          requestsPending: row.requests_pending,
          lastSuggestedAt: row.last_suggested_at ? iso(row.last_suggested_at) : null,
        })),
      };
    },

    /** Sends a waiting mentee up to three mentors to ask: a notification (and email) with links. */
    async suggest(admin: UserRow, menteeId: string, body: SuggestMentorsBody): Promise<void> {
      const now = clock.now();
      if (!(await isWaiting(db, admin.programmeId, menteeId, now))) {
        throw new AppError(404, 'not_found', 'She is not on the waiting list.');
      }
      const mentors = await listedMentors(db, admin.programmeId, body.mentorIds);
      const byId = new Map(mentors.map((mentor) => [mentor.id, mentor]));
      const missing = body.mentorIds.findIndex((id) => !byId.has(id));
      if (missing >= 0) {
        throw refused(`/mentorIds/${missing}`, 'not_listed', 'That mentor is not listed.');
      }
      await db.transaction(async (tx) => {
        await notify(tx, [
          {
            userId: menteeId,
            programmeId: admin.programmeId,
            kind: 'mentors_suggested',
            params: {
              mentors: body.mentorIds.flatMap((id) => {
                const mentor = byId.get(id);
                return mentor
                  ? [{ id, firstName: firstName(mentor.name), headline: mentor.headline }]
                  : [];
              }),
              ...(body.note ? { note: body.note } : {}),
            },
            link: '/mentors',
            createdAt: now,
          },
        ]);
        await recordAudit(tx, {
          programmeId: admin.programmeId,
          at: now,
          actorId: admin.id,
          action: 'mentee.suggest',
          subjectId: menteeId,
          details: { mentorIds: body.mentorIds },
        });
      });
    },
  };
}
