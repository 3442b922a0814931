import type { Db } from '../db/client';
import { users } from '../db/schema';
import { hashPassword } from '../modules/auth/password';
import { countUsers, insertUser } from '../modules/users/users.repository';
import { DEMO_EMAIL_DOMAIN, type DemoOptions, generateDemoPeople } from './generator';

/** Everyone in the demo shares this password; printed at start so a visitor can log in. */
export const DEMO_PASSWORD = 'mentorbro-demo';
export const DEMO_ADMIN_EMAIL = `koordinator@${DEMO_EMAIL_DOMAIN}`;
export const DEMO_SIZE = { mentors: 60, mentees: 80 } as const;

const BATCH = 1_000;

/**
 * Loads demo members in batches, each batch in one transaction. The password is hashed once:
 * argon2 per person would take minutes at 100,000.
 */
export async function loadDemoPeople(db: Db, options: DemoOptions, now = new Date()) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let batch: (typeof users.$inferInsert)[] = [];
  let loaded = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    await db.transaction(async (tx) => {
      await tx.insert(users).values(rows).onConflictDoNothing({ target: users.email });
    });
    loaded += rows.length;
  };
  for (const person of generateDemoPeople(options)) {
    batch.push({
      email: person.email,
      name: person.name,
      role: person.role,
      locale: person.locale,
      passwordHash,
      termsAcceptedAt: now,
    });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return { loaded, passwordHash };
}

/** On an empty database: about 60 mentors, 80 mentees and one coordinator, with the login printed. */
export async function seedDemoIfEmpty(
  db: Db,
  log: { info(message: string): void },
): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  const { passwordHash } = await loadDemoPeople(db, DEMO_SIZE);
  await insertUser(db, {
    email: DEMO_ADMIN_EMAIL,
    name: 'Demo Koordinator',
    role: 'admin',
    locale: 'da',
    passwordHash,
    termsAcceptedAt: new Date(),
  });
  log.info(
    `Demo data loaded: ${DEMO_SIZE.mentors} mentors, ${DEMO_SIZE.mentees} mentees. ` +
      `Coordinator login: ${DEMO_ADMIN_EMAIL} / ${DEMO_PASSWORD} (every demo member uses the same password)`,
  );
  return true;
}
