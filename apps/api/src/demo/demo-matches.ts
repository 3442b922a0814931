import { and, asc, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import {
  introductions,
  matchRequests,
  meetingLogs,
  menteeProfiles,
  mentorProfiles,
  mentorships,
  users,
} from '../db/schema';
import { addMonths } from '../modules/introductions/introductions.service';
import { DAY_MS } from '../lib/clock';
import { notify } from '../modules/notifications/notifications.repository';
import { firstName } from '../modules/profiles/profiles.view';

/** The README's example mentee starts with no requests, so she can try the whole journey. */
export const README_MENTEE = 'iryna.shevchenko.mentee12@demo.mentorbro.dk';
/**
 * The first mentees and mentors by email (approved, the mentors with room) that these matches
 * use; the demo's history leaves them alone, so the two never overlap.
 */
export const MATCH_MENTEES = 4;
export const MATCH_MENTORS = 5;

const MESSAGE =
  'Jeg håber, du kan hjælpe mig med at finde arbejde inden for mit fag.\n\n' +
  'Jeg har skrevet et CV og søgt nogle job.\n\n' +
  'Jeg vil gerne mødes på en café en gang om ugen.';

/**
 * A few matches in every state, so a coordinator's lists and a member's pages show something
 * on the first start: two pending requests, an introduction waiting for answers, a running
 * mentorship with meetings logged, and a quiet one. Written straight to the tables, as the
 * rest of the demo is.
 */
export async function seedDemoMatches(db: Executor, programmeId: string, now: Date) {
  const mentees = await db
    .select({ id: users.id, goals: menteeProfiles.goals })
    .from(menteeProfiles)
    .innerJoin(users, eq(users.id, menteeProfiles.userId))
    .where(and(eq(menteeProfiles.status, 'approved'), ne(users.email, README_MENTEE)))
    .orderBy(asc(users.email))
    .limit(MATCH_MENTEES);
  const mentors = await db
    .select({ id: mentorProfiles.userId, rhythm: mentorProfiles.meetingsPerMonth })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(
      and(
        eq(mentorProfiles.status, 'approved'),
        eq(mentorProfiles.paused, false),
        gt(mentorProfiles.capacity, 1),
        isNull(users.suspendedAt),
      ),
    )
    .orderBy(asc(users.email))
    .limit(MATCH_MENTORS);
  const [running, introducing, asking, quiet] = mentees;
  const [first, second, third, fourth, fifth] = mentors;
  if (
    !running ||
    !introducing ||
    !asking ||
    !quiet ||
    !fifth ||
    !first ||
    !second ||
    !third ||
    !fourth
  ) {
    return;
  }
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const day = (date: Date) => date.toISOString().slice(0, 10);

  async function request(
    mentee: { id: string; goals: string[] },
    mentorId: string,
    status: 'pending' | 'accepted',
    sentDaysAgo: number,
  ) {
    const [row] = await db
      .insert(matchRequests)
      .values({
        programmeId,
        menteeId: mentee.id,
        mentorId,
        status,
        message: MESSAGE,
        goals: mentee.goals.slice(0, 1),
        menteeContact: { email: true },
        createdAt: ago(sentDaysAgo),
        answeredAt: status === 'pending' ? null : ago(sentDaysAgo - 2),
      })
      .returning();
    if (!row) throw new Error('Demo request not written');
    return row;
  }

  async function introduction(
    requestId: string,
    menteeId: string,
    mentorId: string,
    openedDaysAgo: number,
    open: boolean,
  ) {
    const [row] = await db
      .insert(introductions)
      .values({
        requestId,
        programmeId,
        menteeId,
        mentorId,
        status: open ? 'open' : 'confirmed',
        openedAt: ago(openedDaysAgo),
        closedAt: open ? null : ago(openedDaysAgo - 7),
        menteeContact: { email: true },
        mentorContact: { email: true, phone: '+45 20 30 40 50' },
        menteeAnswer: open ? null : 'continue',
        mentorAnswer: open ? null : 'continue',
      })
      .returning();
    if (!row) throw new Error('Demo introduction not written');
    await db
      .update(mentorProfiles)
      .set({ seatsTaken: sql`${mentorProfiles.seatsTaken} + 1` })
      .where(eq(mentorProfiles.userId, mentorId));
    return row;
  }

  async function mentorship(
    mentee: { id: string; goals: string[] },
    mentor: { id: string; rhythm: number },
    startedDaysAgo: number,
  ) {
    const accepted = await request(mentee, mentor.id, 'accepted', startedDaysAgo + 12);
    const intro = await introduction(accepted.id, mentee.id, mentor.id, startedDaysAgo + 10, false);
    const startDate = day(ago(startedDaysAgo));
    const [row] = await db
      .insert(mentorships)
      .values({
        introductionId: intro.id,
        programmeId,
        menteeId: mentee.id,
        mentorId: mentor.id,
        status: 'active',
        exclusive: true,
        startDate,
        plannedEnd: addMonths(startDate, 6),
        meetingsPerMonth: mentor.rhythm,
      })
      .returning();
    if (!row) throw new Error('Demo mentorship not written');
    return row;
  }

  const active = await mentorship(running, first, 40);
  for (const [daysAgo, topics, notes] of [
    [33, ['cv', 'job_search'], 'Vi gennemgik hendes CV og fandt tre stillinger.'],
    [12, ['interview_practice', 'danish_practice'], 'Vi øvede en jobsamtale på dansk.'],
  ] as const) {
    await db.insert(meetingLogs).values({
      mentorshipId: active.id,
      authorId: daysAgo > 20 ? first.id : running.id,
      date: day(ago(daysAgo)),
      minutes: 60,
      topics: [...topics],
      notes,
      nextSteps: null,
      createdAt: ago(daysAgo),
      updatedAt: ago(daysAgo),
    });
  }
  await mentorship(quiet, fourth, 50);
  const accepted = await request(introducing, second.id, 'accepted', 5);
  const opened = await introduction(accepted.id, introducing.id, second.id, 3, true);
  const asked = [
    await request(asking, third.id, 'pending', 2),
    await request(asking, fifth.id, 'pending', 1),
  ];
  // The bells these matches would have rung, so a demo mentor sees her requests announced.
  const askingName = await firstNameOf(db, asking.id);
  await notify(db, [
    ...asked.map((row) => ({
      userId: row.mentorId,
      programmeId,
      kind: 'request_received' as const,
      params: { name: askingName },
      link: '/requests-for-me',
      createdAt: row.createdAt,
    })),
    {
      userId: introducing.id,
      programmeId,
      kind: 'request_accepted',
      params: { name: await firstNameOf(db, second.id) },
      link: `/introductions/${opened.id}`,
      createdAt: ago(3),
    },
  ]);
}

/**
 * How the demo mentors answer and when they were last here, spread by a hash of their id so
 * each run looks the same: most answer within a few days, a few have no history yet.
 */
export async function seedDemoActivity(db: Executor, now: Date) {
  const at = now.toISOString();
  await db.execute(sql`
    update users set last_active_at = ${at}::timestamptz
      - make_interval(hours => abs(hashtext(id::text)) % 1200)
    where role = 'mentor' and email like '%@demo.mentorbro.dk'`);
  await db.execute(sql`
    update mentor_profiles m set answer_days = 1 + abs(hashtext(m.user_id::text)) % 5
    from users u
    where u.id = m.user_id and u.email like '%@demo.mentorbro.dk'
      and abs(hashtext(m.user_id::text)) % 4 <> 0`);
}

async function firstNameOf(db: Executor, id: string) {
  const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, id));
  return firstName(row?.name ?? '');
}
