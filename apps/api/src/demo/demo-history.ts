import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { GOALS, type GoalCode } from '@mentorbro/core/catalogue';
import type { EARLY_END_REASONS, EndOutcome } from '@mentorbro/core/mentorship';
import type { DeclineReason } from '@mentorbro/core/requests';
import { SURVEY_REMINDER_DAYS, type SurveyAnswers, type SurveyForm } from '@mentorbro/core/survey';
import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import { answerProblems } from '@mentorbro/core/survey-rules';
import type { Executor } from '../db/client';
import {
  introductions,
  matchRequests,
  meetingLogs,
  menteeProfiles,
  mentorProfiles,
  mentorships,
  surveyInvitations,
  users,
} from '../db/schema';
import { DAY_MS } from '../lib/clock';
import { addMonths } from '../modules/introductions/introductions.service';
import type { ProgrammeRow } from '../modules/programmes/programmes.repository';
import { refreshAnswerDays } from '../modules/requests/answer-days';
import { MENTEE_ANSWERS, MENTOR_ANSWERS } from './demo-surveys';
import { DEMO_SEED } from './generator';
import { Random } from './random';
import {
  ACCEPT_DAYS,
  FIRST_ASK_DAYS,
  DECLINES,
  EARLY,
  DECLINE_WORDS,
  ASKS,
  CLOSINGS,
  TOPICS,
  NOTES,
  MAIN_GOAL,
  CHALLENGES,
  MORE_CHALLENGES,
  OUTCOMES,
} from './demo-history-texts';
import { MATCH_MENTEES, MATCH_MENTORS, README_MENTEE } from './demo-matches';

/**
 * The year before the demo's own matches (demo-matches.ts): requests and their answers,
 * introductions, mentorships that ran or still run, meeting logs and survey invitations, so the
 * coordinators' dashboard shows a living network. Drawn mentee by mentee from her approval, in
 * time, so no mentor is ever over her capacity. Nothing here rings a bell or sends an email:
 * nobody is told about last year.
 */

/** Its own stream of the demo's generator, so the history changes no demo person. */
const HISTORY_SEED = DEMO_SEED + 2;
/** The README's mentee starts with no requests. */
/** demo-matches.ts takes the first 4 approved mentees and 5 roomy mentors by email. */
/** Approved well before the waiting days and never matched: the coordinators' "Venter". */
const WAITING = 12;
/** ... of whom this many never asked anyone; the others asked in vain. */
const NEVER_ASKED = 4;
const HOUR = 3_600_000;

type EarlyReason = (typeof EARLY_END_REASONS)[number];
type Status = 'accepted' | 'declined' | 'expired' | 'withdrawn';
interface Mentee {
  id: string;
  approved: number;
  goals: string[];
  region: string;
}
interface Mentor extends Mentee {
  capacity: number;
  rhythm: number;
  paused: boolean;
  /** demo-matches.ts gives her a mentee today: the history leaves her no running one. */
  reserved: boolean;
  /** Her seats held: from an accepted request to the end of its mentorship. */
  busy: { from: number; to: number }[];
}
interface Plan {
  closed: number;
  startDate: string;
  plannedEnd: string;
  ended: { at: number; early: EarlyReason | null } | null;
}
interface Run extends Plan {
  id: string;
  introductionId: string;
  mentee: Mentee;
  mentor: Mentor;
}
/** One request of a round, before it is written. */
interface Draft {
  mentor: Mentor;
  created: number;
  status: Status;
  answered: number;
  reason: DeclineReason;
  next: Plan | null;
}
interface Rules {
  programmeId: string;
  expiryDays: number;
  months: number;
  parallel: number;
  waitingDays: number;
  endingSoonDays: number;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const noon = (date: string) => Date.parse(`${date}T12:00:00Z`);
const isGoal = (code: string): code is GoalCode => GOALS.some((goal) => goal.code === code);
const firstGoal = (mentee: Mentee) => mentee.goals.find(isGoal) ?? 'job_search';
/** The typed entries of a constant table (Object.entries widens its keys to string). */
const entries = <K extends string, V>(table: Record<K, V>) => Object.entries(table) as [K, V][];

const held = (mentor: Mentor, at: number) =>
  mentor.busy.filter((span) => span.from <= at && at < span.to).length;
/** Room for her over [from, to), checked at every moment a seat is taken in between. */
function fits(mentor: Mentor, from: number, to: number): boolean {
  if (mentor.reserved && to === Infinity) return false;
  const moments = mentor.busy.map((span) => span.from).filter((at) => at > from && at < to);
  return [from, ...moments].every((at) => held(mentor, at) < mentor.capacity);
}

/** The whole year, drawn in one pass; nothing is written here. */
function simulate(random: Random, mentees: Mentee[], mentors: Mentor[], rules: Rules, now: number) {
  const requests: (typeof matchRequests.$inferInsert)[] = [];
  const intros: (typeof introductions.$inferInsert)[] = [];
  const runs: Run[] = [];

  /** The mentorship an accepted request leads to: ended, or running today. */
  function plan(answered: number): Plan {
    const closed = answered + random.int(2, 10) * DAY_MS + random.int(0, 8) * HOUR;
    const startDate = day(closed);
    const plannedEnd = addMonths(startDate, rules.months);
    const end = noon(plannedEnd);
    // Most run to about their planned end, some end sooner with a result, a few stop early.
    const early = random.chance(0.15) ? random.weighted(entries(EARLY)) : null;
    const at = early
      ? closed + random.int(20, 100) * DAY_MS
      : end - random.int(-7, Math.min(75, (end - closed) / DAY_MS - 100)) * DAY_MS;
    if (at < now - 2 * DAY_MS) return { closed, startDate, plannedEnd, ended: { at, early } };
    // A running one ends well after the "ending soon" days, so the first worker round sends
    // no such note; one nearer its end wrapped up a few days ago.
    if (end > now + (rules.endingSoonDays + 6) * DAY_MS) {
      return { closed, startDate, plannedEnd, ended: null };
    }
    const wrapped = now - random.int(2, 8) * DAY_MS;
    return { closed, startDate, plannedEnd, ended: { at: wrapped, early: null } };
  }

  /**
   * Search shows mentors with a free seat (and lately no paused one); she prefers her goals and
   * her region. Free for months ahead too: a second mentorship is drawn after later ones.
   */
  function pick(mentee: Mentee, at: number, asked: Set<string>, n: number): Mentor[] {
    const open = mentors.filter(
      (m) =>
        m.approved < at - DAY_MS &&
        !asked.has(m.id) &&
        fits(m, at, at + 200 * DAY_MS) &&
        !(m.paused && at > now - 60 * DAY_MS),
    );
    const weight = (m: Mentor) =>
      1 + 2 * m.goals.filter((goal) => mentee.goals.includes(goal)).length;
    return random.weightedSample(
      open.map((m) => [m, weight(m) + (m.region === mentee.region ? 2 : 0)] as const),
      n,
    );
  }

  function draft(mentor: Mentor, created: number, unlucky: boolean): Draft {
    const roll = random.next();
    let status: Status = unlucky ? 'declined' : 'accepted';
    if (roll >= (unlucky ? 0.6 : 0.88)) status = 'expired';
    else if (!unlucky && roll >= 0.68) status = 'declined';
    const answered =
      status === 'expired'
        ? created + rules.expiryDays * DAY_MS
        : status === 'accepted'
          ? created + random.pick(ACCEPT_DAYS) * DAY_MS - random.int(0, 20) * HOUR
          : created + random.int(6, 140) * HOUR;
    const reason = random.weighted(entries(DECLINES));
    const next = status === 'accepted' ? plan(answered) : null;
    // Her seats are full by then: she says so.
    if (next && !fits(mentor, answered, next.ended?.at ?? Infinity)) {
      return { mentor, created, status: 'declined', answered, reason: 'no_time', next: null };
    }
    return { mentor, created, status, answered, reason, next };
  }

  /** One or two requests at once; null (and nothing kept) when one would be open today. */
  function round(mentee: Mentee, at: number, asked: Set<string>, unlucky: boolean) {
    const chosen = pick(mentee, at, asked, random.chance(0.3) ? rules.parallel : 1);
    if (chosen.length === 0) return null;
    const drafts = chosen.map((m, i) => draft(m, at + i * random.int(1, 30) * HOUR, unlucky));
    const winner = drafts.filter((d) => d.next).sort((a, b) => a.answered - b.answered)[0];
    for (const d of drafts) {
      // Accepting one withdraws her others, as the app does.
      if (winner && d !== winner && d.answered >= winner.answered) {
        [d.status, d.answered] = ['withdrawn', winner.answered];
      }
    }
    const last = Math.max(...drafts.map((d) => d.answered));
    if (last > now - HOUR || (winner?.next && winner.next.closed > now - 12 * HOUR)) return null;
    const rows = drafts.map((d) => requestRow(random, rules.programmeId, mentee, d));
    requests.push(...rows);
    for (const d of drafts) asked.add(d.mentor.id);
    const requestId = winner && rows[drafts.indexOf(winner)]?.id;
    if (!winner?.next || !requestId) return { last, run: null };
    const { mentor, next } = winner;
    const mentorship = { id: randomUUID(), introductionId: randomUUID(), mentee, mentor, ...next };
    winner.mentor.busy.push({ from: winner.answered, to: mentorship.ended?.at ?? Infinity });
    runs.push(mentorship);
    intros.push(introductionRow(random, rules.programmeId, mentorship, requestId, winner.answered));
    return { last, run: mentorship };
  }

  const old = mentees.filter((m) => m.approved < now - (rules.waitingDays + 5) * DAY_MS);
  const waiting = random.sample(old, WAITING);
  for (const mentee of [...mentees].sort((a, b) => a.approved - b.approved)) {
    const place = waiting.indexOf(mentee);
    const recent = mentee.approved > now - rules.waitingDays * DAY_MS;
    // Some never ask (the nudge and the waiting list are for them); some ask in vain.
    if ((place >= 0 && place < NEVER_ASKED) || (recent && random.chance(0.6))) continue;
    const unlucky = place >= NEVER_ASKED;
    const asked = new Set<string>();
    let at = mentee.approved + random.pick(FIRST_ASK_DAYS) * DAY_MS - random.int(0, 20) * HOUR;
    let [tries, matched] = [unlucky ? random.int(1, 3) : 6, 0];
    while (tries-- > 0) {
      const result = round(mentee, at, asked, unlucky);
      if (!result) break;
      if (!result.run) {
        at = result.last + random.int(1, 6) * DAY_MS + random.int(0, 12) * HOUR;
        continue;
      }
      const { ended } = result.run;
      // After an ended mentorship some ask a new mentor for new goals (DOMAIN.md, step 5).
      if (!ended || ++matched >= 2 || !random.chance(ended.early ? 0.75 : 0.55)) break;
      [at, tries] = [ended.at + random.int(10, 45) * DAY_MS, 6];
    }
  }
  return { requests, introductions: intros, runs };
}

function requestRow(random: Random, programmeId: string, mentee: Mentee, d: Draft) {
  const declined = d.status === 'declined';
  const closing = random.pick(CLOSINGS);
  return {
    id: randomUUID(),
    programmeId,
    menteeId: mentee.id,
    mentorId: d.mentor.id,
    status: d.status,
    message:
      'Hej! Jeg har læst din profil, og jeg håber, du kan hjælpe mig ' +
      `${ASKS[firstGoal(mentee)]}. ${closing}`,
    goals: mentee.goals.slice(0, random.int(1, 2)),
    menteeContact: { email: true },
    createdAt: new Date(d.created),
    answeredAt: new Date(d.answered),
    declineReason: declined ? d.reason : null,
    declineMessage: declined && random.chance(0.5) ? (DECLINE_WORDS[d.reason] ?? null) : null,
    withdrawnAutomatically: d.status === 'withdrawn',
  };
}

function introductionRow(random: Random, programmeId: string, run: Run, id: string, at: number) {
  return {
    id: run.introductionId,
    requestId: id,
    programmeId,
    menteeId: run.mentee.id,
    mentorId: run.mentor.id,
    status: 'confirmed' as const,
    openedAt: new Date(at),
    closedAt: new Date(run.closed),
    menteeContact: { email: true },
    mentorContact: { email: true, phone: `+45 ${String(random.int(20_000_000, 99_999_999))}` },
    menteeAnswer: 'continue' as const,
    mentorAnswer: 'continue' as const,
  };
}

/** Completed ones get their outcomes by quota: the reference shares, whatever the draw. */
function mentorshipRows(random: Random, runs: Run[], programmeId: string, exclusive: boolean) {
  const completed = runs.filter((run) => run.ended && !run.ended.early);
  const quota = entries(OUTCOMES).flatMap(([outcome, share]): EndOutcome[] =>
    Array<EndOutcome>(Math.round(completed.length * share)).fill(outcome),
  );
  const rest = Array<EndOutcome>(completed.length - quota.length).fill('closer_to_labour_market');
  const shuffled = random.sample([...quota, ...rest], completed.length);
  const outcomes = new Map(completed.map((run, i) => [run, shuffled[i] ?? null]));
  return runs.map((run) => {
    const early = run.ended?.early ?? null;
    return {
      id: run.id,
      introductionId: run.introductionId,
      programmeId,
      menteeId: run.mentee.id,
      mentorId: run.mentor.id,
      status: !run.ended
        ? ('active' as const)
        : early
          ? ('ended_early' as const)
          : ('completed' as const),
      exclusive,
      startDate: run.startDate,
      plannedEnd: run.plannedEnd,
      meetingsPerMonth: run.mentor.rhythm,
      endedAt: run.ended ? new Date(run.ended.at) : null,
      endedBy: run.ended ? random.pick([run.mentee.id, run.mentor.id]) : null,
      outcome: early ? ('ended_early' as const) : (outcomes.get(run) ?? null),
      earlyReason: early,
    };
  });
}

/**
 * A meeting every 10-24 days while it ran (1-3 a month), so a running one always has a log
 * within the programme's quiet days; a pair that lost contact logged once or twice.
 */
function logRows(random: Random, run: Run, now: number) {
  const until = run.ended?.at ?? now;
  const most = run.ended?.early === 'no_contact' ? random.int(1, 2) : Infinity;
  const pool = new Set(run.mentee.goals.filter(isGoal).flatMap((goal) => TOPICS[goal]));
  pool.add('danish_practice');
  const rows: (typeof meetingLogs.$inferInsert)[] = [];
  let at = noon(run.startDate) + random.int(2, 10) * DAY_MS;
  for (; at <= until && rows.length < most; at += random.int(10, 24) * DAY_MS) {
    const topics = random.sample([...pool], random.int(1, 3));
    const written = new Date(Math.min(at + random.int(5, 30) * HOUR, until));
    rows.push({
      mentorshipId: run.id,
      authorId: random.chance(0.55) ? run.mentor.id : run.mentee.id,
      date: day(at),
      minutes: random.pick([30, 45, 60, 60, 75, 90, 120]),
      topics,
      notes: topics[0] && random.chance(0.6) ? NOTES[topics[0]] : null,
      createdAt: written,
      updatedAt: written,
    });
  }
  return rows;
}

/** Answers core's start form takes; checked against it, so a changed form fails loudly. */
function startAnswers(random: Random, mentee: Mentee): SurveyAnswers {
  const ticked = entries({ ...CHALLENGES, ...MORE_CHALLENGES })
    .filter(([, chance]) => random.chance(chance))
    .map(([id]) => id);
  const answers: SurveyAnswers = {
    challenges: ticked.length > 0 ? ticked : ['language'],
    main_goal: MAIN_GOAL[firstGoal(mentee)],
  };
  // The 1-5 question may be skipped, as the form says.
  if (random.chance(0.9)) answers.belief = random.pick([1, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5]);
  const problems = answerProblems(DEFAULT_SURVEYS.mentee_start, answers);
  if (problems.length > 0)
    throw new Error(`Demo start answers refused: ${JSON.stringify(problems)}`);
  return answers;
}

/**
 * Her start survey for each mentorship (most answered) and both end surveys of the ended ones:
 * answered about as often as demo-surveys.ts writes anonymous answers, never by everyone; the
 * rest declined or open. Open ones past the reminder days were reminded, as the worker would.
 */
function invitationRows(random: Random, runs: Run[], programmeId: string, now: number) {
  const row = (
    run: Run,
    form: SurveyForm,
    status: 'answered' | 'open' | 'declined',
    at: number,
  ) => ({
    programmeId,
    mentorshipId: run.id,
    userId: form === 'mentor_end' ? run.mentor.id : run.mentee.id,
    form,
    version: DEFAULT_SURVEYS[form].version,
    region: run.mentee.region,
    status,
    answers:
      form === 'mentee_start' && status === 'answered' ? startAnswers(random, run.mentee) : null,
    reminded: status === 'open' && at <= now - SURVEY_REMINDER_DAYS * DAY_MS,
    createdAt: new Date(at),
  });
  const start = { answered: 85, open: 8, declined: 7 };
  const rows = runs.map((run) =>
    row(run, 'mentee_start', random.weighted(entries(start)), run.closed),
  );
  const ended = runs.flatMap((run) => (run.ended ? [{ run, at: run.ended.at }] : []));
  const ends = [
    ['mentee_end', MENTEE_ANSWERS, 0.85],
    ['mentor_end', MENTOR_ANSWERS, 0.6],
  ] as const;
  for (const [form, most, share] of ends) {
    const answered = new Set(
      random.sample(ended, Math.min(most, Math.round(ended.length * share))),
    );
    for (const end of ended) {
      const status = answered.has(end) ? 'answered' : random.chance(0.6) ? 'declined' : 'open';
      rows.push(row(end.run, form, status, end.at));
    }
  }
  return rows;
}

/** The members the history may use, by email, so every run draws the same. */
async function people(db: Executor, programmeId: string) {
  const mentees = await db
    .select({
      id: users.id,
      email: users.email,
      reviewedAt: menteeProfiles.reviewedAt,
      goals: menteeProfiles.goals,
      region: menteeProfiles.region,
    })
    .from(menteeProfiles)
    .innerJoin(users, eq(users.id, menteeProfiles.userId))
    .where(and(eq(menteeProfiles.status, 'approved'), eq(users.programmeId, programmeId)))
    .orderBy(asc(users.email));
  const mentors = await db
    .select({
      id: users.id,
      approvedAt: mentorProfiles.approvedAt,
      goals: mentorProfiles.goals,
      region: mentorProfiles.region,
      capacity: mentorProfiles.capacity,
      rhythm: mentorProfiles.meetingsPerMonth,
      paused: mentorProfiles.paused,
      suspendedAt: users.suspendedAt,
    })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(and(eq(mentorProfiles.status, 'approved'), eq(mentorProfiles.programmeId, programmeId)))
    .orderBy(asc(users.email));
  const roomy = mentors.filter((m) => !m.paused && m.capacity > 1 && !m.suspendedAt);
  const reserved = new Set(roomy.slice(0, MATCH_MENTORS).map((m) => m.id));
  return {
    mentees: mentees
      .filter((m) => m.email !== README_MENTEE)
      .slice(MATCH_MENTEES)
      .flatMap(({ reviewedAt, ...m }) => (reviewedAt ? [{ ...m, approved: +reviewedAt }] : [])),
    mentors: mentors.flatMap(({ approvedAt, suspendedAt, ...m }) =>
      approvedAt && !suspendedAt
        ? [{ ...m, approved: +approvedAt, reserved: reserved.has(m.id), busy: [] }]
        : [],
    ),
  };
}

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
}

export interface DemoHistory {
  requests: number;
  mentorships: number;
  active: number;
  logs: number;
  invitations: number;
}

/**
 * Writes the history in the caller's transaction, then sets each mentor's seat counter to what
 * she holds (running mentorships and open introductions), as the app keeps it.
 */
export async function seedDemoHistory(
  db: Executor,
  programme: ProgrammeRow,
  now: Date,
): Promise<DemoHistory> {
  const random = new Random(HISTORY_SEED);
  const { mentees, mentors } = await people(db, programme.id);
  const rules: Rules = {
    programmeId: programme.id,
    expiryDays: programme.requestExpiryDays,
    months: programme.defaultMentorshipMonths,
    parallel: Math.min(2, programme.maxOpenRequestsPerMentee),
    waitingDays: programme.waitingListDays,
    endingSoonDays: programme.endingSoonDays,
  };
  const history = simulate(random, mentees, mentors, rules, +now);
  const exclusive = !programme.allowParallelMentorships;
  const runs = mentorshipRows(random, history.runs, programme.id, exclusive);
  const logs = history.runs.flatMap((run) => logRows(random, run, +now));
  const invitations = invitationRows(random, history.runs, programme.id, +now);
  await inChunks(history.requests, (chunk) => db.insert(matchRequests).values(chunk));
  await inChunks(history.introductions, (chunk) => db.insert(introductions).values(chunk));
  await inChunks(runs, (chunk) => db.insert(mentorships).values(chunk));
  await inChunks(logs, (chunk) => db.insert(meetingLogs).values(chunk));
  await inChunks(invitations, (chunk) => db.insert(surveyInvitations).values(chunk));
  // One rebuild of the search bitmaps ("available" moves with the seats) instead of the
  // trigger's work on every row: 0.7 s less on the embedded database.
  await db.execute(sql`select set_config('mentorbro.facets_deferred', 'on', true)`);
  await db.execute(sql`
    update mentor_profiles m set seats_taken = held.n
    from (
      select p.user_id, (select count(*) from mentorships s
          where s.mentor_id = p.user_id and s.status = 'active')
        + (select count(*) from introductions i
          where i.mentor_id = p.user_id and i.status = 'open') as n
      from mentor_profiles p where p.programme_id = ${programme.id}::uuid
    ) held
    where held.user_id = m.user_id and m.seats_taken <> held.n`);
  await db.execute(sql`select set_config('mentorbro.facets_deferred', 'off', true)`);
  await db.execute(sql`select facet_bits_rebuild()`);
  return {
    requests: history.requests.length,
    mentorships: runs.length,
    active: runs.filter((run) => run.status === 'active').length,
    logs: logs.length,
    invitations: invitations.length,
  };
}

/**
 * "Usually answers within N days" from the history, for each mentor with two answers or more;
 * run after seedDemoActivity, whose made-up days it replaces for them.
 */
export async function refreshDemoAnswerDays(db: Executor, programmeId: string): Promise<void> {
  const mentors = await db
    .select({ id: matchRequests.mentorId })
    .from(matchRequests)
    .where(
      and(
        eq(matchRequests.programmeId, programmeId),
        inArray(matchRequests.status, ['accepted', 'declined', 'expired']),
      ),
    )
    .groupBy(matchRequests.mentorId)
    .having(sql`count(*) >= 2`);
  // Answer days are no search facet: the bitmaps' trigger would move nothing, so skip its work
  // for these one-row updates (2.7 s on the embedded database).
  await db.execute(sql`select set_config('mentorbro.facets_deferred', 'on', true)`);
  for (const mentor of mentors) await refreshAnswerDays(db, mentor.id);
  await db.execute(sql`select set_config('mentorbro.facets_deferred', 'off', true)`);
}
