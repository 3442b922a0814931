import type { ContactShare, Introduction, SharedContact } from '@mentorbro/core/requests';
import { canMove, INTRODUCTION_TRANSITIONS, type IntroductionStatus } from '@mentorbro/core/states';
import type { Db, Executor } from '../../db/client';
import { type Clock, DAY_MS } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { findProgrammeById } from '../programmes/programmes.repository';
import { offerStartSurvey } from '../surveys/survey-offers';
import {
  changeSeats,
  isMatched,
  lockMentorSeats,
  type NewEvent,
  recordEvents,
} from '../requests/requests.repository';
import { findUserForUpdate, type UserRow } from '../users/users.repository';
import { toPerson } from '../users/users.view';
import {
  findIntroduction,
  findIntroductionForUpdate,
  type IntroductionRow,
  insertMentorship,
  listIntroductions,
  updateIntroduction,
} from './introductions.repository';

const noSuchIntroduction = () => new AppError(404, 'not_found', 'There is no such introduction.');

type Listed = Awaited<ReturnType<typeof listIntroductions>>[number];

/**
 * How long the two have to meet and answer: the programme's request days again, so a
 * programme sets one rhythm. Past it an open introduction reads as lapsed (coordinators see
 * it as stuck) even before a job marks it.
 */
const answerBy = (row: IntroductionRow, days: number) =>
  new Date(row.openedAt.getTime() + days * DAY_MS);

export function statusAt(row: IntroductionRow, now: Date, days: number): IntroductionStatus {
  return row.status === 'open' && answerBy(row, days) <= now ? 'lapsed' : row.status;
}

/** What she chose to share, resolved: her account's email only if she ticked it. */
const shared = (share: ContactShare, email: string): SharedContact => ({
  ...(share.email ? { email } : {}),
  ...(share.phone ? { phone: share.phone } : {}),
});

/** "YYYY-MM-DD" of a date, `months` later (the 31st becomes the month's last day). */
export function addMonths(day: string, months: number): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
  target.setUTCDate(Math.min(date, last.getUTCDate()));
  return target.toISOString().slice(0, 10);
}

export function introductionsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function daysOf(executor: Executor, programmeId: string) {
    const programme = await findProgrammeById(executor, programmeId);
    if (!programme) throw new Error(`Programme ${programmeId} is missing`);
    return programme;
  }

  function toIntroduction(listed: Listed, viewer: UserRow, days: number): Introduction {
    const row = listed.introduction;
    const mine = viewer.id === row.mentorId ? row.mentorAnswer : row.menteeAnswer;
    const theirs = viewer.id === row.mentorId ? row.menteeAnswer : row.mentorAnswer;
    return {
      id: row.id,
      requestId: row.requestId,
      status: statusAt(row, clock.now(), days),
      openedAt: row.openedAt.toISOString(),
      answerBy: answerBy(row, days).toISOString(),
      mentee: {
        ...toPerson(row.menteeId, listed.menteeName, listed.menteeDeletedAt),
        contact: shared(row.menteeContact, listed.menteeEmail),
      },
      mentor: {
        ...toPerson(row.mentorId, listed.mentorName, listed.mentorDeletedAt),
        contact: shared(row.mentorContact, listed.mentorEmail),
      },
      myAnswer: viewer.role === 'admin' ? null : mine,
      otherAnswered: theirs !== null,
      mentorshipId: listed.mentorshipId,
    };
  }

  async function view(user: UserRow, id: string): Promise<Introduction> {
    const programme = await daysOf(db, user.programmeId);
    const [row] = await listIntroductions(db, {
      programmeId: user.programmeId,
      id,
      ...(user.role === 'admin' ? {} : { memberId: user.id }),
    });
    if (!row) throw noSuchIntroduction();
    return toIntroduction(row, user, programme.introductionLapseDays);
  }

  /** Locks her account, the mentor's seats and the introduction, in the order requests use. */
  async function lock(tx: Executor, user: UserRow, id: string) {
    const peek = await findIntroduction(tx, id);
    if (!peek || (peek.menteeId !== user.id && peek.mentorId !== user.id)) {
      throw noSuchIntroduction();
    }
    await findUserForUpdate(tx, peek.menteeId);
    await lockMentorSeats(tx, peek.mentorId);
    const row = await findIntroductionForUpdate(tx, id);
    if (!row) throw noSuchIntroduction();
    const programme = await daysOf(tx, row.programmeId);
    const now = clock.now();
    return { row, programme, now, status: statusAt(row, now, programme.introductionLapseDays) };
  }

  function checkMove(from: IntroductionStatus, to: IntroductionStatus, user: UserRow) {
    if (!canMove(INTRODUCTION_TRANSITIONS, from, to, user.role)) {
      throw new AppError(409, 'invalid_transition', `A ${from} introduction cannot become ${to}.`);
    }
  }

  return {
    async list(user: UserRow): Promise<Introduction[]> {
      const programme = await daysOf(db, user.programmeId);
      const rows = await listIntroductions(db, {
        programmeId: user.programmeId,
        ...(user.role === 'admin' ? {} : { memberId: user.id }),
      });
      return rows.map((row) => toIntroduction(row, user, programme.introductionLapseDays));
    },

    get: view,

    /**
     * "Let's continue". The second yes makes the mentorship, starting today and planned for
     * the programme's months, at the mentor's rhythm; her seat stays taken.
     */
    async confirm(user: UserRow, id: string): Promise<Introduction> {
      await db.transaction(async (tx) => {
        const { row, programme, now, status } = await lock(tx, user, id);
        checkMove(status, 'confirmed', user);
        const isMentor = user.id === row.mentorId;
        if ((isMentor ? row.mentorAnswer : row.menteeAnswer) !== null) {
          throw new AppError(409, 'invalid_transition', 'She has already answered.');
        }
        const answered = await updateIntroduction(
          tx,
          id,
          isMentor ? { mentorAnswer: 'continue' } : { menteeAnswer: 'continue' },
        );
        const events: NewEvent[] = [
          {
            programmeId: row.programmeId,
            type: 'introduction_answered',
            actorId: user.id,
            introductionId: id,
            createdAt: now,
          },
        ];
        if (answered.menteeAnswer === 'continue' && answered.mentorAnswer === 'continue') {
          if (!programme.allowParallelMentorships && (await isMatched(tx, row.menteeId))) {
            throw new AppError(409, 'in_mentorship', 'She already has a mentor.');
          }
          await updateIntroduction(tx, id, { status: 'confirmed', closedAt: now });
          const seats = await lockMentorSeats(tx, row.mentorId);
          const startDate = now.toISOString().slice(0, 10);
          const mentorship = await insertMentorship(tx, {
            introductionId: id,
            programmeId: row.programmeId,
            menteeId: row.menteeId,
            mentorId: row.mentorId,
            status: 'active',
            exclusive: !programme.allowParallelMentorships,
            startDate,
            plannedEnd: addMonths(startDate, programme.defaultMentorshipMonths),
            meetingsPerMonth: seats?.meetingsPerMonth ?? 2,
          });
          await offerStartSurvey(tx, mentorship, now);
          events.push({
            programmeId: row.programmeId,
            type: 'mentorship_started',
            actorId: user.id,
            introductionId: id,
            mentorshipId: mentorship.id,
            createdAt: now,
          });
        }
        await recordEvents(tx, events);
      });
      return view(user, id);
    },

    /** "Not a match": it ends kindly, her seat is free again, and coordinators see it. */
    async decline(user: UserRow, id: string, note: string | undefined): Promise<Introduction> {
      await db.transaction(async (tx) => {
        const { row, now, status } = await lock(tx, user, id);
        checkMove(status, 'declined', user);
        const isMentor = user.id === row.mentorId;
        await updateIntroduction(tx, id, {
          status: 'declined',
          closedAt: now,
          declineNote: note ?? null,
          ...(isMentor ? { mentorAnswer: 'not_a_match' } : { menteeAnswer: 'not_a_match' }),
        });
        await changeSeats(tx, row.mentorId, -1);
        await recordEvents(tx, [
          {
            programmeId: row.programmeId,
            type: 'introduction_declined',
            actorId: user.id,
            introductionId: id,
            createdAt: now,
          },
        ]);
      });
      return view(user, id);
    },
  };
}
