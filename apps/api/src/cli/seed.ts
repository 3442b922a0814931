import { parseArgs } from 'node:util';
import { hashPassword } from '../modules/auth/password';
import { countUsers, findUserByEmail } from '../modules/users/users.repository';
import { DEMO_SEED } from '../demo/generator';
import {
  DEMO_ADMIN_EMAIL,
  DEMO_PASSWORD,
  DEMO_SIZE,
  loadDemoPeople,
  seedDemoIfEmpty,
} from '../demo/seed-demo';
import { withDatabase } from './with-database';

/**
 * pnpm seed                          demo data on an empty database (as the app does on start)
 * pnpm seed --mentors 100000 --mentees 50000 [--seed N]   a large deterministic population
 */
const { values } = parseArgs({
  options: {
    mentors: { type: 'string' },
    mentees: { type: 'string' },
    seed: { type: 'string' },
  },
});

await withDatabase(async ({ db }) => {
  if (values.mentors === undefined && values.mentees === undefined) {
    const seeded = await seedDemoIfEmpty(db, {
      info: (message) => {
        console.log(message);
      },
    });
    if (!seeded) console.log('The database already has users; demo data not loaded.');
    return;
  }
  const mentors = Number(values.mentors ?? DEMO_SIZE.mentors);
  const mentees = Number(values.mentees ?? DEMO_SIZE.mentees);
  const seed = Number(values.seed ?? DEMO_SEED);
  if (![mentors, mentees, seed].every(Number.isSafeInteger) || mentors < 0 || mentees < 0) {
    throw new Error('--mentors, --mentees and --seed must be whole numbers');
  }
  const started = performance.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // The demo coordinator, when the app's own demo data is there, reviewed these profiles too.
  const coordinator = await findUserByEmail(db, DEMO_ADMIN_EMAIL);
  const reviewerId = coordinator?.role === 'admin' ? coordinator.id : null;
  // One transaction: a failure half-way leaves no members without their profiles.
  const load = await db.transaction((tx) =>
    loadDemoPeople(tx, { mentors, mentees, seed }, passwordHash, { reviewerId }),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Loaded ${load.users} demo members with ${load.mentorProfiles} mentor and ` +
      `${load.menteeProfiles} mentee profiles in ${seconds} s (${await countUsers(db)} users in all; ` +
      `${load.awaitingReview} waiting for review).`,
  );
  console.log(`Every demo member's password: ${DEMO_PASSWORD}`);
});
