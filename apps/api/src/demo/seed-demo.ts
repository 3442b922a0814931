import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client';
import { hashPassword } from '../modules/auth/password';
import { defaultProgramme } from '../modules/programmes/programmes.repository';
import { countUsers, insertUser } from '../modules/users/users.repository';
import { refreshDemoAnswerDays, seedDemoHistory } from './demo-history';
import { seedDemoActivity, seedDemoMatches } from './demo-matches';
import { seedDemoSurveys } from './demo-surveys';
import { insertDemoProfiles, insertDemoUsers } from './demo.repository';
import {
  type LoadContext,
  menteeRow,
  type MenteeProfileRow,
  type MentorLanguageRow,
  mentorRows,
  type MentorProfileRow,
  userRow,
} from './demo-rows';
import {
  DEMO_EMAIL_DOMAIN,
  type DemoOptions,
  type DemoPerson,
  generateDemoPeople,
} from './generator';

/** Everyone in the demo shares this password; printed at start so a visitor can log in. */
export const DEMO_PASSWORD = 'mentorbro-demo';
export const DEMO_ADMIN_EMAIL = `koordinator@${DEMO_EMAIL_DOMAIN}`;
export const DEMO_SIZE = { mentors: 60, mentees: 80 } as const;

const BATCH = 1_000;

export interface DemoLoad {
  users: number;
  mentorProfiles: number;
  menteeProfiles: number;
  /** Profiles and changed words a coordinator finds in her queue. */
  awaitingReview: number;
}

/** Writes one batch: its users, then the profiles of those who were new. */
async function loadBatch(db: Executor, people: DemoPerson[], context: LoadContext) {
  const inserted = await insertDemoUsers(
    db,
    people.map((person) => userRow(person, context)),
  );
  const byEmail = new Map(people.map((person) => [person.email, person]));
  const rows = {
    mentors: [] as MentorProfileRow[],
    languages: [] as MentorLanguageRow[],
    mentees: [] as MenteeProfileRow[],
  };
  let awaitingReview = 0;
  for (const { id, email } of inserted) {
    const person = byEmail.get(email);
    if (!person?.profile) continue;
    if (person.profile.review.status === 'pending') awaitingReview++;
    if (person.role === 'mentor') {
      const mentor = mentorRows(id, person.profile, context);
      rows.mentors.push(mentor.profile);
      rows.languages.push(...mentor.languages);
      if (person.profile.pendingChanges) awaitingReview++;
    } else {
      rows.mentees.push(menteeRow(id, person.profile, context));
    }
  }
  await insertDemoProfiles(db, rows);
  return {
    users: inserted.length,
    mentorProfiles: rows.mentors.length,
    menteeProfiles: rows.mentees.length,
    awaitingReview,
  };
}

/**
 * Loads demo members and their profiles in batches of one statement per table, so 100,000
 * stream in without holding them all. The password is hashed once: argon2 per person would
 * take minutes at that size. Run it in a transaction, so a failure leaves nothing half-done.
 */
export async function loadDemoPeople(
  db: Executor,
  options: Omit<DemoOptions, 'languages'>,
  passwordHash: string,
  extra: { now?: Date; reviewerId?: string | null } = {},
): Promise<DemoLoad> {
  const programme = await defaultProgramme(db);
  const context: LoadContext = {
    now: extra.now ?? new Date(),
    passwordHash,
    programmeId: programme.id,
    womenOnly: programme.womenOnly,
    reviewerId: extra.reviewerId ?? null,
  };
  const total: DemoLoad = { users: 0, mentorProfiles: 0, menteeProfiles: 0, awaitingReview: 0 };
  const add = (load: DemoLoad) => {
    for (const key of Object.keys(total) as (keyof DemoLoad)[]) total[key] += load[key];
  };
  // The search bitmaps are built once at the end, not moved batch by batch (migration 0005).
  await db.execute(sql`select set_config('mentorbro.facets_deferred', 'on', true)`);
  let batch: DemoPerson[] = [];
  // Mentors may offer only the languages the programme works in, as it stands today.
  for (const person of generateDemoPeople({ ...options, languages: programme.languages })) {
    batch.push(person);
    if (batch.length < BATCH) continue;
    add(await loadBatch(db, batch, context));
    batch = [];
  }
  if (batch.length > 0) add(await loadBatch(db, batch, context));
  await db.execute(sql`select set_config('mentorbro.facets_deferred', 'off', true)`);
  await db.execute(sql`select facet_bits_rebuild()`);
  return total;
}

/**
 * On an empty database: about 60 mentors, 80 mentees and one coordinator, with the login
 * printed, and a year of their matches behind them (demo-history.ts). All in one transaction, so a crash half-way leaves an empty database that is
 * seeded again on the next start, not one without its coordinator.
 */
export async function seedDemoIfEmpty(
  db: Db,
  log: { info(message: string): void },
): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // One moment for every part, so the history, the matches and the surveys line up.
  const now = new Date();
  const load = await db.transaction(async (tx) => {
    const programme = await defaultProgramme(tx);
    // The coordinator first, so the demo profiles carry her name as their reviewer.
    const coordinator = await insertUser(tx, {
      email: DEMO_ADMIN_EMAIL,
      name: 'Demo Koordinator',
      role: 'admin',
      locale: 'da',
      passwordHash,
      programmeId: programme.id,
      termsAcceptedAt: now,
    });
    const load = await loadDemoPeople(tx, DEMO_SIZE, passwordHash, {
      now,
      reviewerId: coordinator?.id ?? null,
    });
    // The year before today first: the matches of today are made on top of it.
    await seedDemoHistory(tx, programme, now);
    await seedDemoMatches(tx, programme.id, now);
    await seedDemoActivity(tx, now);
    await refreshDemoAnswerDays(tx, programme.id);
    await seedDemoSurveys(tx, programme.id, now);
    return load;
  });
  log.info(
    `Demo data loaded: ${DEMO_SIZE.mentors} mentors, ${DEMO_SIZE.mentees} mentees, ` +
      `${load.awaitingReview} profiles waiting for review. ` +
      `Coordinator login: ${DEMO_ADMIN_EMAIL} / ${DEMO_PASSWORD} (every demo member uses the same password)`,
  );
  return true;
}
