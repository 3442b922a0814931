import { ACCOUNT_DELETED } from '@mentorbro/core/mentorship';
import type { Executor } from '../../db/client';
import { DAY_MS } from '../../lib/clock';
import { statusAt as introductionStatusAt } from '../introductions/introductions.service';
import { updateIntroduction } from '../introductions/introductions.repository';
import { updateMentorship } from '../mentorships/mentorships.repository';
import { findProgrammeById } from '../programmes/programmes.repository';
import {
  changeSeats,
  lockMentorSeats,
  type NewEvent,
  recordEvents,
  updateRequest,
} from '../requests/requests.repository';
import { statusAt as requestStatusAt } from '../requests/requests.service';
import { offerEndSurveys } from '../surveys/survey-offers';
import type { UserRow } from '../users/users.repository';
import {
  anonymiseUser,
  blankHerWords,
  deleteHerRows,
  lockActiveMentorships,
  lockPendingRequests,
  openIntroductionsOf,
} from './privacy.repository';

/**
 * Erases her account in the caller's transaction, whose first lock must be her own row. What
 * she was part of ends the way its own move ends it, so the other member hears of it by the
 * usual notification and every seat is counted right:
 * - a pending request is withdrawn (she asked) or declined (she was asked); one already past
 *   the programme's days reads as expired and is marked so, without a word to anyone;
 * - an open introduction is declined by her (or lapses, if its days are over): the seat is free;
 * - an active mentorship ends early, reason `account_deleted`: the seat is free, the other is
 *   told and offered her end survey.
 * Everything is told while her name is still on the row: the other hears the first name she
 * already knew, then the row is anonymised. Locks follow the house order: her account, the
 * mentorships (as ending one does), the mentors' seats in id order, then the rows that move.
 */
export async function eraseAccount(tx: Executor, user: UserRow, now: Date): Promise<void> {
  const programme = await findProgrammeById(tx, user.programmeId);
  if (!programme) throw new Error(`Programme ${user.programmeId} is missing`);
  const active = await lockActiveMentorships(tx, user.id);
  const open = await openIntroductionsOf(tx, user.id);
  const seatHolders = new Set([...active, ...open].map((row) => row.mentorId));
  if (user.role === 'mentor') seatHolders.add(user.id);
  for (const mentorId of [...seatHolders].sort()) await lockMentorSeats(tx, mentorId);

  const events: NewEvent[] = [];
  const base = { programmeId: user.programmeId, createdAt: now };

  const requestCutoff = new Date(now.getTime() - programme.requestExpiryDays * DAY_MS);
  for (const request of await lockPendingRequests(tx, user.id)) {
    if (requestStatusAt(request, requestCutoff) === 'expired') {
      await updateRequest(tx, request.id, { status: 'expired', answeredAt: now });
    } else if (request.menteeId === user.id) {
      await updateRequest(tx, request.id, { status: 'withdrawn', answeredAt: now });
      events.push({ ...base, type: 'request_withdrawn', actorId: user.id, requestId: request.id });
    } else {
      // The mentee never sees the code; she reads the kind text of any "not now".
      await updateRequest(tx, request.id, {
        status: 'declined',
        answeredAt: now,
        declineReason: 'other',
      });
      events.push({ ...base, type: 'request_declined', actorId: user.id, requestId: request.id });
    }
  }

  for (const introduction of await openIntroductionsOf(tx, user.id, true)) {
    const isMentor = introduction.mentorId === user.id;
    if (introductionStatusAt(introduction, now, programme.introductionLapseDays) === 'lapsed') {
      await updateIntroduction(tx, introduction.id, { status: 'lapsed', closedAt: now });
      events.push({
        ...base,
        type: 'introduction_lapsed',
        actorId: null,
        introductionId: introduction.id,
      });
    } else {
      await updateIntroduction(tx, introduction.id, {
        status: 'declined',
        closedAt: now,
        ...(isMentor ? { mentorAnswer: 'not_a_match' } : { menteeAnswer: 'not_a_match' }),
      });
      events.push({
        ...base,
        type: 'introduction_declined',
        actorId: user.id,
        introductionId: introduction.id,
      });
    }
    await changeSeats(tx, introduction.mentorId, -1);
  }

  for (const mentorship of active) {
    await updateMentorship(tx, mentorship.id, {
      status: 'ended_early',
      endedAt: now,
      endedBy: user.id,
      outcome: 'ended_early',
      earlyReason: ACCOUNT_DELETED,
      endNote: null,
      proposedEnd: null,
      proposedBy: null,
    });
    await changeSeats(tx, mentorship.mentorId, -1);
  }
  await recordEvents(tx, [
    ...events,
    ...active.map((mentorship) => ({
      ...base,
      type: 'mentorship_ended' as const,
      actorId: user.id,
      mentorshipId: mentorship.id,
    })),
  ]);
  // Before her profile goes: the offer files the answers under the mentee's region.
  for (const mentorship of active) await offerEndSurveys(tx, mentorship, now);

  await blankHerWords(tx, user.id);
  await deleteHerRows(tx, user.id);
  await anonymiseUser(tx, user.id, now);
}
