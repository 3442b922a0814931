import type { Db, Executor } from '../db/client';
import { hashPassword } from '../modules/auth/password';
import { defaultProgramme } from '../modules/programmes/programmes.repository';
import {
  countUsers,
  insertUser,
  insertUsersIgnoringTaken,
  type NewUser,
} from '../modules/users/users.repository';
import { DEMO_EMAIL_DOMAIN, type DemoOptions, generateDemoPeople } from './generator';

/** Everyone in the demo shares this password; printed at start so a visitor can log in. */
export const DEMO_PASSWORD = 'mentorbro-demo';
export const DEMO_ADMIN_EMAIL = `koordinator@${DEMO_EMAIL_DOMAIN}`;
export const DEMO_SIZE = { mentors: 60, mentees: 80 } as const;

const BATCH = 1_000;

/**
 * Loads demo members in batches of one statement each, so 100,000 stream in without holding
 * them all. The password is hashed once: argon2 per person would take minutes at that size.
 */
export async function loadDemoPeople(
  db: Executor,
  options: DemoOptions,
  passwordHash: string,
  now = new Date(),
) {
  const programme = await defaultProgramme(db);
  let batch: NewUser[] = [];
  let loaded = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    await insertUsersIgnoringTaken(db, rows);
    loaded += rows.length;
  };
  for (const person of generateDemoPeople(options)) {
    batch.push({
      email: person.email,
      name: person.name,
      role: person.role,
      locale: person.locale,
      passwordHash,
      programmeId: programme.id,
      termsAcceptedAt: now,
      womanDeclaredAt: programme.womenOnly ? now : null,
    });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return loaded;
}

/**
 * On an empty database: about 60 mentors, 80 mentees and one coordinator, with the login
 * printed. All in one transaction, so a crash half-way leaves an empty database that is
 * seeded again on the next start, not one without its coordinator.
 */
export async function seedDemoIfEmpty(
  db: Db,
  log: { info(message: string): void },
): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await loadDemoPeople(tx, DEMO_SIZE, passwordHash);
    await insertUser(tx, {
      email: DEMO_ADMIN_EMAIL,
      name: 'Demo Koordinator',
      role: 'admin',
      locale: 'da',
      passwordHash,
      programmeId: (await defaultProgramme(tx)).id,
      termsAcceptedAt: new Date(),
    });
  });
  log.info(
    `Demo data loaded: ${DEMO_SIZE.mentors} mentors, ${DEMO_SIZE.mentees} mentees. ` +
      `Coordinator login: ${DEMO_ADMIN_EMAIL} / ${DEMO_PASSWORD} (every demo member uses the same password)`,
  );
  return true;
}
