import type { ErrorCode } from '@mentorbro/core/error-codes';
import type {
  AcceptRequestBody,
  CreateRequestBody,
  DeclineRequestBody,
  MatchRequest,
} from '@mentorbro/core/requests';
import { canMove, REQUEST_TRANSITIONS, type RequestStatus } from '@mentorbro/core/states';
import type { Db, Executor } from '../../db/client';
import { type Clock, DAY_MS } from '../../lib/clock';
import { AppError, unauthorized } from '../../lib/errors';
import { insertIntroduction } from '../introductions/introductions.repository';
import { findMenteeProfile } from '../profiles/mentee-profiles.repository';
import { isVisibleMentor } from '../profiles/mentor-profiles.repository';
import { findProgrammeById } from '../programmes/programmes.repository';
import { findUserForUpdate, type UserRow } from '../users/users.repository';
import { toPerson } from '../users/users.view';
import { refreshAnswerDays } from './answer-days';
import {
  changeSeats,
  expireOld,
  findRequest,
  findRequestForUpdate,
  insertRequest,
  isMatched,
  listRequests,
  lapseIntroduction,
  lockMentorSeats,
  openIntroductions,
  recordEvents,
  type RequestRow,
  requestBlockers,
  updateRequest,
  withdrawOthers,
} from './requests.repository';

/** A mentor who said no is not asked again by the same mentee for this long. */
const DECLINED_COOLDOWN_DAYS = 90;

const conflict = (code: ErrorCode, message: string) => new AppError(409, code, message);
const noSuchRequest = () => new AppError(404, 'not_found', 'There is no such request.');
const invalidMove = (from: RequestStatus, to: RequestStatus) =>
  conflict('invalid_transition', `A ${from} request cannot become ${to}.`);

type Listed = Awaited<ReturnType<typeof listRequests>>[number];

/** The status as of now: pending past the programme's days reads as expired. */
export function statusAt(row: RequestRow, cutoff: Date): RequestStatus {
  return row.status === 'pending' && row.createdAt <= cutoff ? 'expired' : row.status;
}

function toRequest(
  listed: Listed,
  viewer: UserRow,
  cutoff: Date,
  expiryDays: number,
): MatchRequest {
  const { request } = listed;
  const status = statusAt(request, cutoff);
  return {
    id: request.id,
    status,
    createdAt: request.createdAt.toISOString(),
    expiresAt:
      status === 'pending'
        ? new Date(request.createdAt.getTime() + expiryDays * DAY_MS).toISOString()
        : null,
    answeredAt: request.answeredAt?.toISOString() ?? null,
    message: request.message,
    goals: request.goals,
    mentee: toPerson(request.menteeId, listed.menteeName, listed.menteeDeletedAt),
    mentor: {
      ...toPerson(request.mentorId, listed.mentorName, listed.mentorDeletedAt),
      headline: listed.headline ?? '',
    },
    withdrawnAutomatically: request.withdrawnAutomatically,
    // Her mentor's reason is for the mentor and the coordinators; the mentee reads a kind text.
    declineReason: viewer.role === 'mentee' ? null : request.declineReason,
    declineMessage: request.declineMessage,
    introductionId: listed.introductionId,
  };
}

export function requestsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function rulesOf(executor: Executor, programmeId: string) {
    const programme = await findProgrammeById(executor, programmeId);
    if (!programme) throw new Error(`Programme ${programmeId} is missing`);
    const now = clock.now();
    return {
      programme,
      now,
      cutoff: new Date(now.getTime() - programme.requestExpiryDays * DAY_MS),
    };
  }

  async function view(executor: Executor, user: UserRow, id: string): Promise<MatchRequest> {
    const { programme, cutoff } = await rulesOf(executor, user.programmeId);
    const [row] = await listRequests(
      executor,
      { programmeId: user.programmeId, id, ...party(user) },
      undefined,
      cutoff,
    );
    if (!row) throw noSuchRequest();
    return toRequest(row, user, cutoff, programme.requestExpiryDays);
  }

  /** A mentee sees the requests she sent, a mentor those sent to her, a coordinator all. */
  function party(user: UserRow) {
    if (user.role === 'mentee') return { menteeId: user.id };
    if (user.role === 'mentor') return { mentorId: user.id };
    return {};
  }

  /**
   * A request to move, locked with everything the move reads, in one order for every move
   * (her account, the mentor's seats, the request), so two moves wait instead of deadlocking.
   */
  async function lockRequest(tx: Executor, user: UserRow, id: string) {
    const peek = await findRequest(tx, id);
    const hers = peek && (user.role === 'mentee' ? peek.menteeId : peek.mentorId);
    if (!peek || hers !== user.id || peek.programmeId !== user.programmeId) {
      throw noSuchRequest();
    }
    await findUserForUpdate(tx, peek.menteeId);
    const seats = await lockMentorSeats(tx, peek.mentorId);
    const request = await findRequestForUpdate(tx, id);
    if (!request || !seats) throw noSuchRequest();
    const rules = await rulesOf(tx, user.programmeId);
    return { request, seats, ...rules, status: statusAt(request, rules.cutoff) };
  }

  /** Core's table decides, for her role: a mentee cannot accept, a mentor cannot withdraw. */
  function checkMove(from: RequestStatus, to: RequestStatus, user: UserRow) {
    if (!canMove(REQUEST_TRANSITIONS, from, to, user.role)) throw invalidMove(from, to);
  }

  return {
    async create(user: UserRow, body: CreateRequestBody): Promise<MatchRequest> {
      const profile = await findMenteeProfile(db, user.id);
      if (profile?.status !== 'approved') {
        throw conflict('profile_not_approved', 'Her profile must be approved first.');
      }
      if (!(await isVisibleMentor(db, body.mentorId, user.programmeId))) {
        throw new AppError(404, 'not_found', 'There is no such mentor.');
      }
      const id = await db.transaction(async (tx) => {
        // Her account first, as every move does: two of her requests at once wait in turn.
        // Erased since the guard looked: no request is made for her.
        if (!(await findUserForUpdate(tx, user.id))) throw unauthorized();
        const { programme, now, cutoff } = await rulesOf(tx, user.programmeId);
        // An introduction still open holds her; one past its days lapses now and frees
        // its seat. Seats are locked in id order, so two mentors' rows never deadlock.
        const introductions = await openIntroductions(tx, user.id);
        const lapseCutoff = new Date(now.getTime() - programme.introductionLapseDays * DAY_MS);
        const lapsed = introductions.filter((intro) => intro.openedAt <= lapseCutoff);
        if (lapsed.length < introductions.length) {
          throw conflict('in_mentorship', 'She is getting to know a mentor.');
        }
        const locked = new Map<string, Awaited<ReturnType<typeof lockMentorSeats>>>();
        for (const mentorId of [
          ...new Set([body.mentorId, ...lapsed.map((i) => i.mentorId)]),
        ].sort()) {
          locked.set(mentorId, await lockMentorSeats(tx, mentorId));
        }
        for (const intro of lapsed) {
          await lapseIntroduction(tx, intro.id, now);
          await changeSeats(tx, intro.mentorId, -1);
        }
        const seats = locked.get(body.mentorId);
        const expired = await expireOld(tx, user.id, cutoff, now);
        const blockers = await requestBlockers(
          tx,
          { menteeId: user.id, mentorId: body.mentorId },
          cutoff,
          new Date(now.getTime() - DECLINED_COOLDOWN_DAYS * DAY_MS),
        );
        if (!programme.allowParallelMentorships && (await isMatched(tx, user.id))) {
          throw conflict('in_mentorship', 'She already has a mentor.');
        }
        if (blockers.toThisMentor) {
          throw conflict('already_requested', 'She has already asked this mentor.');
        }
        if (blockers.recentlyDeclined) {
          throw conflict('recently_declined', 'This mentor declined her recently.');
        }
        if (blockers.open >= programme.maxOpenRequestsPerMentee) {
          throw conflict('too_many_open_requests', 'She has as many open requests as she may.');
        }
        if (!seats || seats.paused) throw conflict('mentor_paused', 'The mentor is on a break.');
        if (seats.seatsTaken >= seats.capacity) {
          throw conflict('mentor_full', 'The mentor has no free seat.');
        }
        const created = await insertRequest(tx, {
          programmeId: user.programmeId,
          menteeId: user.id,
          mentorId: body.mentorId,
          status: 'pending',
          message: body.message,
          goals: body.goals,
          menteeContact: body.contact,
          createdAt: now,
        });
        await recordEvents(tx, [
          ...lapsed.map((intro) => ({
            programmeId: user.programmeId,
            type: 'introduction_lapsed' as const,
            actorId: null,
            introductionId: intro.id,
            createdAt: now,
          })),
          ...expired.map((row) => ({
            programmeId: user.programmeId,
            type: 'request_expired' as const,
            actorId: null,
            requestId: row.id,
            createdAt: now,
          })),
          {
            programmeId: user.programmeId,
            type: 'request_received',
            actorId: user.id,
            requestId: created.id,
            createdAt: now,
          },
        ]);
        return created.id;
      });
      return view(db, user, id);
    },

    async list(user: UserRow, status: RequestStatus | undefined): Promise<MatchRequest[]> {
      const { programme, cutoff } = await rulesOf(db, user.programmeId);
      const rows = await listRequests(
        db,
        { programmeId: user.programmeId, ...party(user) },
        status,
        cutoff,
      );
      return rows.map((row) => toRequest(row, user, cutoff, programme.requestExpiryDays));
    },

    get: (user: UserRow, id: string) => view(db, user, id),

    /**
     * Accepting takes a seat and opens an introduction, atomically: the mentor's seats are
     * counted under a row lock, so of many accepts at once on her last seat exactly one wins.
     * Her other pending requests are withdrawn, and their mentors are told why.
     */
    async accept(user: UserRow, id: string, body: AcceptRequestBody): Promise<MatchRequest> {
      await db.transaction(async (tx) => {
        const { request, seats, programme, now, status } = await lockRequest(tx, user, id);
        checkMove(status, 'accepted', user);
        if (seats.seatsTaken >= seats.capacity) {
          throw conflict('mentor_full', 'Every seat is taken; end a mentorship or add a seat.');
        }
        if (
          (await openIntroductions(tx, request.menteeId)).length > 0 ||
          (!programme.allowParallelMentorships && (await isMatched(tx, request.menteeId)))
        ) {
          throw conflict('in_mentorship', 'She has found a mentor in the meantime.');
        }
        await updateRequest(tx, id, { status: 'accepted', answeredAt: now });
        await refreshAnswerDays(tx, request.mentorId);
        await changeSeats(tx, request.mentorId, 1);
        const introduction = await insertIntroduction(tx, {
          requestId: id,
          programmeId: request.programmeId,
          menteeId: request.menteeId,
          mentorId: request.mentorId,
          status: 'open',
          openedAt: now,
          menteeContact: request.menteeContact,
          mentorContact: body.contact,
        });
        const withdrawn = await withdrawOthers(tx, request.menteeId, id, now);
        await recordEvents(tx, [
          {
            programmeId: request.programmeId,
            type: 'request_accepted',
            actorId: user.id,
            requestId: id,
            introductionId: introduction.id,
            createdAt: now,
          },
          ...withdrawn.map((row) => ({
            programmeId: row.programmeId,
            type: 'request_withdrawn_automatically' as const,
            actorId: null,
            requestId: row.id,
            createdAt: now,
          })),
        ]);
      });
      return view(db, user, id);
    },

    async decline(user: UserRow, id: string, body: DeclineRequestBody): Promise<MatchRequest> {
      await db.transaction(async (tx) => {
        const { request, now, status } = await lockRequest(tx, user, id);
        checkMove(status, 'declined', user);
        await updateRequest(tx, id, {
          status: 'declined',
          answeredAt: now,
          declineReason: body.reason,
          declineMessage: body.message ?? null,
        });
        await refreshAnswerDays(tx, request.mentorId);
        await recordEvents(tx, [
          {
            programmeId: request.programmeId,
            type: 'request_declined',
            actorId: user.id,
            requestId: id,
            createdAt: now,
          },
        ]);
      });
      return view(db, user, id);
    },

    async withdraw(user: UserRow, id: string): Promise<MatchRequest> {
      await db.transaction(async (tx) => {
        const { request, now, status } = await lockRequest(tx, user, id);
        checkMove(status, 'withdrawn', user);
        await updateRequest(tx, id, { status: 'withdrawn', answeredAt: now });
        await recordEvents(tx, [
          {
            programmeId: request.programmeId,
            type: 'request_withdrawn',
            actorId: user.id,
            requestId: id,
            createdAt: now,
          },
        ]);
      });
      return view(db, user, id);
    },
  };
}
