import {
  type AdminMentorshipQuery,
  type EndMentorshipBody,
  LOG_EDIT_DAYS,
  type MeetingLog,
  type MeetingLogBody,
  type Mentorship,
} from '@mentorbro/core/mentorship';
import { isQuiet, quietSince } from '@mentorbro/core/mentorship-rules';
import { canMove, MENTORSHIP_TRANSITIONS } from '@mentorbro/core/states';
import type { Db, Executor } from '../../db/client';
import { type Clock, DAY_MS } from '../../lib/clock';
import { AppError, refused } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repository';
import { findProgrammeById } from '../programmes/programmes.repository';
import { changeSeats, lockMentorSeats, recordEvents } from '../requests/requests.repository';
import { offerEndSurveys } from '../surveys/survey-offers';
import type { UserRow } from '../users/users.repository';
import { toPerson } from '../users/users.view';
import {
  findLog,
  findMentorshipForUpdate,
  insertLog,
  listLogs,
  listMentorships,
  type MeetingLogRow,
  type MentorshipRow,
  updateLog,
  updateMentorship,
} from './mentorships.repository';

const noSuchMentorship = () => new AppError(404, 'not_found', 'There is no such mentorship.');
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

type Listed = Awaited<ReturnType<typeof listMentorships>>[number];

function toMentorship(listed: Listed, now: Date): Mentorship {
  const row = listed.mentorship;
  return {
    id: row.id,
    status: row.status,
    mentee: toPerson(row.menteeId, listed.menteeName, listed.menteeDeletedAt),
    mentor: toPerson(row.mentorId, listed.mentorName, listed.mentorDeletedAt),
    startDate: row.startDate,
    plannedEnd: row.plannedEnd,
    proposedEnd:
      row.proposedEnd && row.proposedBy ? { date: row.proposedEnd, byId: row.proposedBy } : null,
    meetingsPerMonth: row.meetingsPerMonth,
    lastLogDate: listed.lastLogDate,
    quiet: isQuiet({ ...row, lastLogDate: listed.lastLogDate }, listed.quietDays, now),
    endedAt: row.endedAt?.toISOString() ?? null,
    outcome: row.outcome,
  };
}

export function mentorshipsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  function toLog(row: MeetingLogRow, viewer: UserRow): MeetingLog {
    const until = new Date(row.createdAt.getTime() + LOG_EDIT_DAYS * DAY_MS);
    return {
      id: row.id,
      authorId: row.authorId,
      date: row.date,
      minutes: row.minutes,
      topics: row.topics as MeetingLog['topics'],
      notes: row.notes,
      nextSteps: row.nextSteps,
      createdAt: row.createdAt.toISOString(),
      editableUntil: row.authorId === viewer.id && clock.now() < until ? until.toISOString() : null,
    };
  }

  /** The two members and the programme's coordinators see a mentorship; others get 404. */
  const scope = (user: UserRow) =>
    user.role === 'admin'
      ? { programmeId: user.programmeId }
      : { programmeId: user.programmeId, memberId: user.id };

  async function view(executor: Executor, user: UserRow, id: string): Promise<Mentorship> {
    const [row] = await listMentorships(executor, { ...scope(user), id });
    if (!row) throw noSuchMentorship();
    return toMentorship(row, clock.now());
  }

  /** Locked for a change by one of its members (or a coordinator, when `admins`). */
  async function lock(tx: Executor, user: UserRow, id: string, admins = false) {
    const row = await findMentorshipForUpdate(tx, id);
    if (row?.programmeId !== user.programmeId) throw noSuchMentorship();
    const member = row.menteeId === user.id || row.mentorId === user.id;
    if (!(user.role === 'admin' ? admins : member)) throw noSuchMentorship();
    return row;
  }

  const mustBeActive = (row: MentorshipRow) => {
    if (row.status !== 'active') {
      throw new AppError(409, 'invalid_transition', 'This mentorship has ended.');
    }
  };

  /** A meeting is logged on a day from the start until today. */
  function checkDate(row: MentorshipRow, date: string) {
    if (date < row.startDate || date > dayOf(clock.now())) {
      throw refused('/date', 'range', 'The meeting must be between the start and today.');
    }
  }

  return {
    async list(user: UserRow): Promise<Mentorship[]> {
      const now = clock.now();
      return (await listMentorships(db, scope(user))).map((row) => toMentorship(row, now));
    },

    get: (user: UserRow, id: string) => view(db, user, id),

    async adminList(user: UserRow, query: AdminMentorshipQuery): Promise<Mentorship[]> {
      const now = clock.now();
      const programme = await findProgrammeById(db, user.programmeId);
      if (!programme) throw new Error('A coordinator without a programme');
      const rows = await listMentorships(db, {
        programmeId: user.programmeId,
        ...(query.status ? { status: query.status } : {}),
        ...(query.quiet ? { quietSince: quietSince(now, programme.quietDays) } : {}),
      });
      return rows.map((row) => toMentorship(row, now));
    },

    async logs(user: UserRow, id: string): Promise<MeetingLog[]> {
      await view(db, user, id);
      return (await listLogs(db, id)).map((row) => toLog(row, user));
    },

    async addLog(user: UserRow, id: string, body: MeetingLogBody): Promise<MeetingLog> {
      return db.transaction(async (tx) => {
        const row = await lock(tx, user, id);
        mustBeActive(row);
        checkDate(row, body.date);
        const now = clock.now();
        const log = await insertLog(tx, {
          mentorshipId: id,
          authorId: user.id,
          date: body.date,
          minutes: body.minutes,
          topics: body.topics,
          notes: body.notes ?? null,
          nextSteps: body.nextSteps ?? null,
          createdAt: now,
          updatedAt: now,
        });
        await recordEvents(tx, [
          {
            programmeId: row.programmeId,
            type: 'log_added',
            actorId: user.id,
            mentorshipId: id,
            createdAt: now,
          },
        ]);
        return toLog(log, user);
      });
    },

    /** Its author may correct a log for LOG_EDIT_DAYS after writing it; then it stands. */
    async editLog(
      user: UserRow,
      id: string,
      logId: string,
      body: MeetingLogBody,
    ): Promise<MeetingLog> {
      return db.transaction(async (tx) => {
        const row = await lock(tx, user, id);
        mustBeActive(row);
        const log = await findLog(tx, id, logId);
        if (!log) throw new AppError(404, 'not_found', 'There is no such meeting log.');
        const now = clock.now();
        if (
          log.authorId !== user.id ||
          now.getTime() >= log.createdAt.getTime() + LOG_EDIT_DAYS * DAY_MS
        ) {
          throw new AppError(409, 'log_locked', 'Only its author may change it, for 7 days.');
        }
        checkDate(row, body.date);
        const changed = await updateLog(tx, logId, {
          date: body.date,
          minutes: body.minutes,
          topics: body.topics,
          notes: body.notes ?? null,
          nextSteps: body.nextSteps ?? null,
          updatedAt: now,
        });
        return toLog(changed, user);
      });
    },

    /**
     * Ends it with an outcome; the seat is free again and she may ask a new mentor. A
     * coordinator may end one too, with a reason, and it is audited.
     */
    async end(user: UserRow, id: string, body: EndMentorshipBody): Promise<Mentorship> {
      const to = body.outcome === 'ended_early' ? 'ended_early' : 'completed';
      if ((to === 'ended_early') !== (body.earlyReason !== undefined)) {
        throw refused('/earlyReason', 'required', 'Say why, and only when it ended early.');
      }
      if (user.role === 'admin' && !body.note) {
        throw refused('/note', 'required', 'A coordinator says why she ends it.');
      }
      await db.transaction(async (tx) => {
        const row = await lock(tx, user, id, true);
        await lockMentorSeats(tx, row.mentorId);
        if (!canMove(MENTORSHIP_TRANSITIONS, row.status, to, user.role)) {
          throw new AppError(409, 'invalid_transition', `A ${row.status} mentorship cannot end.`);
        }
        const now = clock.now();
        await updateMentorship(tx, id, {
          status: to,
          endedAt: now,
          endedBy: user.id,
          outcome: body.outcome,
          earlyReason: body.earlyReason ?? null,
          endNote: body.note ?? null,
          proposedEnd: null,
          proposedBy: null,
        });
        await changeSeats(tx, row.mentorId, -1);
        await recordEvents(tx, [
          {
            programmeId: row.programmeId,
            type: 'mentorship_ended',
            actorId: user.id,
            mentorshipId: id,
            createdAt: now,
          },
        ]);
        await offerEndSurveys(tx, row, now);
        if (user.role === 'admin') {
          await recordAudit(tx, {
            programmeId: row.programmeId,
            at: now,
            actorId: user.id,
            action: 'mentorship.end',
            subjectId: row.menteeId,
            reason: body.note ?? null,
            details: { mentorshipId: id, outcome: body.outcome },
          });
        }
      });
      return view(db, user, id);
    },

    /** One member proposes a new planned end; it holds when the other agrees. */
    async proposeEnd(user: UserRow, id: string, plannedEnd: string): Promise<Mentorship> {
      await db.transaction(async (tx) => {
        const row = await lock(tx, user, id);
        mustBeActive(row);
        if (plannedEnd <= row.startDate || plannedEnd <= dayOf(clock.now())) {
          throw refused('/plannedEnd', 'range', 'The new end must be after today.');
        }
        await updateMentorship(tx, id, { proposedEnd: plannedEnd, proposedBy: user.id });
        await recordEvents(tx, [
          {
            programmeId: row.programmeId,
            type: 'mentorship_end_proposed',
            actorId: user.id,
            mentorshipId: id,
            createdAt: clock.now(),
          },
        ]);
      });
      return view(db, user, id);
    },

    async agreeEnd(user: UserRow, id: string): Promise<Mentorship> {
      await db.transaction(async (tx) => {
        const row = await lock(tx, user, id);
        mustBeActive(row);
        if (!row.proposedEnd || row.proposedBy === user.id) {
          throw new AppError(409, 'invalid_transition', 'There is no proposal from the other.');
        }
        await updateMentorship(tx, id, {
          plannedEnd: row.proposedEnd,
          proposedEnd: null,
          proposedBy: null,
        });
        await recordEvents(tx, [
          {
            programmeId: row.programmeId,
            type: 'mentorship_planned_end_changed',
            actorId: user.id,
            mentorshipId: id,
            createdAt: clock.now(),
          },
        ]);
      });
      return view(db, user, id);
    },
  };
}
