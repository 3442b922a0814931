import { and, eq } from 'drizzle-orm';
import type { SuggestedMentor } from '@mentorbro/core/notifications';
import type { Db, Executor } from '../../db/client';
import { introductions, mentorProfiles } from '../../db/schema';
import type { Clock } from '../../lib/clock';
import { notify } from '../notifications/notifications.repository';
import { firstName } from '../profiles/profiles.view';
import { refreshAnswerDays } from '../requests/answer-days';
import { changeSeats, lockMentorSeats, recordEvents } from '../requests/requests.repository';
import { findUserForUpdate } from '../users/users.repository';
import {
  endingMentorships,
  expiredInARow,
  expireMentorRequests,
  introductionsToAsk,
  introductionsToLapse,
  menteesToNudge,
  quietMentorships,
  requestsToExpire,
  requestsToRemind,
} from './reminders.repository';
import { suggestMentors } from './suggestions';

export interface JobDeps {
  db: Db;
  clock: Clock;
}

/** Rows one job looks at per run; the next run takes the rest. */
const BATCH = 200;

/** The mentor's first and second reminder about a request she has not answered. */
export async function remindMentors({ db, clock }: JobDeps): Promise<number> {
  const now = clock.now();
  let made = 0;
  for (const n of [1, 2] as const) {
    const rows = await requestsToRemind(db, now, n, BATCH);
    made += await notify(
      db,
      rows.map((row) => ({
        userId: row.mentor_id,
        programmeId: row.programme_id,
        kind: 'request_reminder' as const,
        params: { name: firstName(row.mentee_name), days: row.days },
        link: '/requests-for-me',
        dedupeKey: `request_reminder:${row.id}:${n}`,
        createdAt: now,
      })),
    );
  }
  return made;
}

/**
 * Expires requests past their days, one mentor at a time under her seats lock (the order every
 * move on a request takes). Each mentee hears of it with three other mentors to ask; the mentor
 * too, and a mentor whose requests expired the programme's number of times in a row is paused
 * and told how to come back.
 */
export async function expireRequests(deps: JobDeps): Promise<number> {
  const { db, clock } = deps;
  const now = clock.now();
  const due = await requestsToExpire(db, now, BATCH);
  let expired = 0;
  for (const mentorId of new Set(due.map((row) => row.mentor_id))) {
    // Read before the write: the embedded database has one connection, held by a transaction.
    const suggestions = new Map<string, SuggestedMentor[]>();
    for (const row of due.filter((request) => request.mentor_id === mentorId)) {
      suggestions.set(row.id, await suggestMentors(deps, row.mentee_id, new Set([mentorId])));
    }
    expired += await db.transaction(async (tx) => {
      const seats = await lockMentorSeats(tx, mentorId);
      if (!seats) return 0;
      const rows = await expireMentorRequests(tx, mentorId, now);
      const first = rows[0];
      if (!first) return 0;
      await recordEvents(
        tx,
        rows.map((row) => ({
          programmeId: row.programme_id,
          type: 'request_expired' as const,
          actorId: null,
          requestId: row.id,
          createdAt: now,
        })),
        { suggestions },
      );
      await refreshAnswerDays(tx, mentorId);
      if (!seats.paused && (await expiredInARow(tx, mentorId)) >= first.pause_after) {
        await pauseMentor(tx, mentorId, first.programme_id, first.id, now);
      }
      return rows.length;
    });
  }
  return expired;
}

async function pauseMentor(
  tx: Executor,
  mentorId: string,
  programmeId: string,
  requestId: string,
  now: Date,
) {
  await tx.update(mentorProfiles).set({ paused: true }).where(eq(mentorProfiles.userId, mentorId));
  await notify(tx, [
    {
      userId: mentorId,
      programmeId,
      kind: 'mentor_paused',
      params: {},
      link: '/my-profile/edit',
      dedupeKey: `mentor_paused:${requestId}`,
      createdAt: now,
    },
  ]);
}

/**
 * Closes introductions nobody settled within the programme's days, freeing the mentor's seat,
 * under the locks an answer takes: her account, the mentor's seats, the introduction.
 */
export async function lapseIntroductions({ db, clock }: JobDeps): Promise<number> {
  const now = clock.now();
  let lapsed = 0;
  for (const row of await introductionsToLapse(db, now, BATCH)) {
    lapsed += await db.transaction(async (tx) => {
      await findUserForUpdate(tx, row.mentee_id);
      await lockMentorSeats(tx, row.mentor_id);
      const [closed] = await tx
        .update(introductions)
        .set({ status: 'lapsed', closedAt: now })
        .where(and(eq(introductions.id, row.id), eq(introductions.status, 'open')))
        .returning({ programmeId: introductions.programmeId });
      if (!closed) return 0;
      await changeSeats(tx, row.mentor_id, -1);
      await recordEvents(tx, [
        {
          programmeId: closed.programmeId,
          type: 'introduction_lapsed',
          actorId: null,
          introductionId: row.id,
          createdAt: now,
        },
      ]);
      return 1;
    });
  }
  return lapsed;
}

/** "Did you meet?": to each member of an open introduction who has not answered yet. */
export async function askIntroductions({ db, clock }: JobDeps): Promise<number> {
  const now = clock.now();
  const rows = await introductionsToAsk(db, now, BATCH);
  return notify(
    db,
    rows.flatMap((row) => {
      const ask = (userId: string, otherName: string) => ({
        userId,
        programmeId: row.programme_id,
        kind: 'introduction_reminder' as const,
        params: { name: firstName(otherName) },
        link: `/introductions/${row.id}`,
        dedupeKey: `introduction_reminder:${row.id}`,
        createdAt: now,
      });
      return [
        ...(row.mentee_answer === null ? [ask(row.mentee_id, row.mentor_name)] : []),
        ...(row.mentor_answer === null ? [ask(row.mentor_id, row.mentee_name)] : []),
      ];
    }),
  );
}

type MentorshipRows = Awaited<ReturnType<typeof quietMentorships>>;

/** One note to both members of each mentorship, under one key per pair and occasion. */
function toBoth(
  rows: MentorshipRows,
  kind: 'mentorship_quiet' | 'mentorship_ending_soon',
  key: (row: MentorshipRows[number]) => string,
  now: Date,
) {
  return rows.flatMap((row) =>
    [
      { userId: row.mentee_id, name: row.mentor_name },
      { userId: row.mentor_id, name: row.mentee_name },
    ].map((member) => ({
      userId: member.userId,
      programmeId: row.programme_id,
      kind,
      params: {
        name: firstName(member.name),
        ...(kind === 'mentorship_quiet' ? { days: row.days } : { date: row.planned_end }),
      },
      link: `/mentorships/${row.id}`,
      dedupeKey: key(row),
      createdAt: now,
    })),
  );
}

/** Nothing logged for the programme's quiet days: both are reminded, once per quiet spell. */
export async function remindQuietMentorships({ db, clock }: JobDeps): Promise<number> {
  const now = clock.now();
  const rows = await quietMentorships(db, now, BATCH);
  return notify(
    db,
    toBoth(rows, 'mentorship_quiet', (row) => `mentorship_quiet:${row.id}:${row.since}`, now),
  );
}

/** The planned end is near: both hear it once for that date. */
export async function remindEndingSoon({ db, clock }: JobDeps): Promise<number> {
  const now = clock.now();
  const rows = await endingMentorships(db, now, BATCH);
  return notify(
    db,
    toBoth(
      rows,
      'mentorship_ending_soon',
      (row) => `mentorship_ending_soon:${row.id}:${row.planned_end}`,
      now,
    ),
  );
}

/** Approved a week ago and has asked no one: a friendly nudge with her recommendations. */
export async function nudgeMentees(deps: JobDeps): Promise<number> {
  const now = deps.clock.now();
  let made = 0;
  for (const row of await menteesToNudge(deps.db, now, BATCH)) {
    const mentors = await suggestMentors(deps, row.id, new Set());
    made += await notify(deps.db, [
      {
        userId: row.id,
        programmeId: row.programme_id,
        kind: 'first_request_nudge',
        params: mentors.length > 0 ? { mentors } : {},
        link: mentors.length > 0 ? '/' : '/mentors',
        dedupeKey: 'first_request_nudge',
        createdAt: now,
      },
    ]);
  }
  return made;
}
