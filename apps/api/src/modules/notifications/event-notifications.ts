import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { NotificationKind, SuggestedMentor } from '@mentorbro/core/notifications';
import type { MatchEvent } from '@mentorbro/core/states';
import type { Executor } from '../../db/client';
import {
  introductions,
  type matchEvents,
  matchRequests,
  mentorships,
  programmes,
  users,
} from '../../db/schema';
import { nameParam } from './notification-params';
import { type NewNotification, notify } from './notifications.repository';

export type EventRow = Omit<typeof matchEvents.$inferInsert, 'id'>;

/** What the scheduler knows beyond the event: the mentors to suggest after an expiry. */
export interface EventExtras {
  suggestions?: ReadonlyMap<string, SuggestedMentor[]>;
}

const mentee = alias(users, 'mentee');
const mentor = alias(users, 'mentor');

interface Pair {
  menteeId: string;
  mentorId: string;
  menteeName: string;
  mentorName: string;
  menteeDeletedAt: Date | null;
  mentorDeletedAt: Date | null;
}

/**
 * Both names, read when the event is told and frozen in its notifications. An erasure tells its
 * own events before the row is anonymised; anything told later names her no more.
 */
const names = {
  menteeName: mentee.name,
  mentorName: mentor.name,
  menteeDeletedAt: mentee.deletedAt,
  mentorDeletedAt: mentor.deletedAt,
};

async function requestOf(db: Executor, id: string) {
  const [row] = await db
    .select({
      menteeId: matchRequests.menteeId,
      mentorId: matchRequests.mentorId,
      ...names,
      introductionId: introductions.id,
      expiryDays: programmes.requestExpiryDays,
    })
    .from(matchRequests)
    .innerJoin(mentee, eq(mentee.id, matchRequests.menteeId))
    .innerJoin(mentor, eq(mentor.id, matchRequests.mentorId))
    .innerJoin(programmes, eq(programmes.id, matchRequests.programmeId))
    .leftJoin(introductions, eq(introductions.requestId, matchRequests.id))
    .where(eq(matchRequests.id, id));
  return row;
}

async function introductionOf(db: Executor, id: string) {
  const [row] = await db
    .select({
      menteeId: introductions.menteeId,
      mentorId: introductions.mentorId,
      ...names,
      status: introductions.status,
    })
    .from(introductions)
    .innerJoin(mentee, eq(mentee.id, introductions.menteeId))
    .innerJoin(mentor, eq(mentor.id, introductions.mentorId))
    .where(eq(introductions.id, id));
  return row;
}

async function mentorshipOf(db: Executor, id: string) {
  const [row] = await db
    .select({
      menteeId: mentorships.menteeId,
      mentorId: mentorships.mentorId,
      ...names,
      plannedEnd: mentorships.plannedEnd,
      proposedEnd: mentorships.proposedEnd,
    })
    .from(mentorships)
    .innerJoin(mentee, eq(mentee.id, mentorships.menteeId))
    .innerJoin(mentor, eq(mentor.id, mentorships.mentorId))
    .where(eq(mentorships.id, id));
  return row;
}

/** Each member of the pair except the one who acted, with the other's name params. */
function others(pair: Pair, actorId: string | null | undefined) {
  return [
    { userId: pair.menteeId, named: nameParam(pair.mentorName, pair.mentorDeletedAt !== null) },
    { userId: pair.mentorId, named: nameParam(pair.menteeName, pair.menteeDeletedAt !== null) },
  ].filter((member) => member.userId !== actorId);
}

/** The notifications one event makes: who is told, what, and where it leads. */
async function notificationsFor(
  db: Executor,
  event: EventRow,
  extras: EventExtras,
): Promise<NewNotification[]> {
  const base = { programmeId: event.programmeId, createdAt: event.createdAt };
  const type: MatchEvent = event.type;
  const to = (userId: string, kind: NotificationKind, link: string, params = {}) => ({
    ...base,
    userId,
    kind,
    link,
    params,
  });

  if (event.requestId) {
    const request = await requestOf(db, event.requestId);
    if (!request) return [];
    const ofMentee = nameParam(request.menteeName, request.menteeDeletedAt !== null);
    const ofMentor = nameParam(request.mentorName, request.mentorDeletedAt !== null);
    switch (type) {
      case 'request_received':
      case 'request_withdrawn':
      case 'request_withdrawn_automatically':
        return [to(request.mentorId, type, '/requests-for-me', ofMentee)];
      case 'request_accepted':
        return [
          to(
            request.menteeId,
            type,
            request.introductionId ? `/introductions/${request.introductionId}` : '/my-requests',
            ofMentor,
          ),
        ];
      case 'request_declined':
        return [to(request.menteeId, type, '/my-requests', ofMentor)];
      case 'request_expired': {
        const mentors = extras.suggestions?.get(event.requestId) ?? [];
        const days = request.expiryDays;
        return [
          to(request.menteeId, 'request_expired', mentors.length > 0 ? '/' : '/mentors', {
            ...ofMentor,
            days,
            ...(mentors.length > 0 ? { mentors } : {}),
          }),
          to(request.mentorId, 'request_expired_mentor', '/requests-for-me', {
            ...ofMentee,
            days,
          }),
        ];
      }
      default:
        return [];
    }
  }

  if (event.mentorshipId) {
    const mentorship = await mentorshipOf(db, event.mentorshipId);
    if (!mentorship) return [];
    const link = `/mentorships/${event.mentorshipId}`;
    const told = others(mentorship, event.actorId);
    switch (type) {
      case 'mentorship_started':
      case 'log_added':
      case 'mentorship_ended':
        return told.map((member) => to(member.userId, type, link, member.named));
      case 'mentorship_end_proposed':
        return told.map((member) =>
          to(member.userId, type, link, {
            ...member.named,
            ...(mentorship.proposedEnd ? { date: mentorship.proposedEnd } : {}),
          }),
        );
      case 'mentorship_planned_end_changed':
        return told.map((member) =>
          to(member.userId, type, link, { ...member.named, date: mentorship.plannedEnd }),
        );
      default:
        return [];
    }
  }
  if (event.introductionId) {
    const introduction = await introductionOf(db, event.introductionId);
    if (!introduction) return [];
    const link = `/introductions/${event.introductionId}`;
    // The second "continue" starts the mentorship, and that is what the other hears of.
    if (type === 'introduction_answered' && introduction.status === 'confirmed') return [];
    switch (type) {
      case 'introduction_answered':
      case 'introduction_declined':
      case 'introduction_lapsed':
        return others(introduction, event.actorId).map((member) =>
          to(member.userId, type, link, member.named),
        );
      default:
        return [];
    }
  }

  return [];
}

/** Tells the members concerned about each event, in the transaction that recorded them. */
export async function notifyEvents(
  db: Executor,
  events: readonly EventRow[],
  extras: EventExtras = {},
): Promise<void> {
  const items: NewNotification[] = [];
  for (const event of events) items.push(...(await notificationsFor(db, event, extras)));
  await notify(db, items);
}
