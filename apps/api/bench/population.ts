import { sql } from 'drizzle-orm';
import type { Database } from '../src/config';
import { type Db, openDatabase } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';
import { rowsOf } from '../src/db/rows';
import { DEMO_SEED } from '../src/demo/generator';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, loadDemoPeople } from '../src/demo/seed-demo';
import { hashPassword } from '../src/modules/auth/password';
import { findUserByEmail } from '../src/modules/users/users.repository';

/** The population the issue asks for, from the same generator and seed as `pnpm seed`. */
export const POPULATION = { mentors: 100_000, mentees: 50_000, seed: DEMO_SEED } as const;

/** A few generated people have no profile yet (about 0.1 %), so "loaded" is 99 % of each. */
const LOADED_SHARE = 0.99;

export interface PopulationInfo {
  mentorProfiles: number;
  menteeProfiles: number;
  /** True when this run loaded it; false when the database already held it. */
  loaded: boolean;
  loadSeconds: number | null;
  postgres: string;
}

async function counts(db: Db) {
  const [row] = rowsOf<{ mentors: number; mentees: number }>(
    await db.execute(sql`select
      (select count(*)::int from mentor_profiles) as mentors,
      (select count(*)::int from mentee_profiles) as mentees`),
  );
  return { mentors: row?.mentors ?? 0, mentees: row?.mentees ?? 0 };
}

/**
 * Migrations, then the 100,000 mentors and 50,000 mentees unless the database already holds
 * them (loading takes about a minute on a 2-core machine), then VACUUM ANALYZE, so the planner
 * knows them and no autovacuum of the load runs during the measurements.
 */
export async function preparePopulation(url: string, skipLoad: boolean): Promise<PopulationInfo> {
  const config: Database = { kind: 'postgres', url, poolMax: 2 };
  const handle = await openDatabase(config);
  try {
    await runMigrations(handle, config);
    const { db } = handle;
    let found = await counts(db);
    const present =
      found.mentors >= POPULATION.mentors * LOADED_SHARE &&
      found.mentees >= POPULATION.mentees * LOADED_SHARE;
    let loadSeconds: number | null = null;
    if (present) {
      console.log(
        `Reusing the population already in the database: ${found.mentors} mentor and ` +
          `${found.mentees} mentee profiles.`,
      );
    } else if (skipLoad) {
      console.log(
        `--skip-load: measuring the ${found.mentors} mentor and ${found.mentees} mentee ` +
          'profiles the database holds, not the full population.',
      );
    } else {
      console.log(
        `Loading ${POPULATION.mentors} mentors and ${POPULATION.mentees} mentees (seed ` +
          `${POPULATION.seed}); about a minute…`,
      );
      const started = performance.now();
      const passwordHash = await hashPassword(DEMO_PASSWORD);
      const coordinator = await findUserByEmail(db, DEMO_ADMIN_EMAIL);
      const reviewerId = coordinator?.role === 'admin' ? coordinator.id : null;
      await db.transaction((tx) => loadDemoPeople(tx, POPULATION, passwordHash, { reviewerId }));
      loadSeconds = (performance.now() - started) / 1000;
      found = await counts(db);
      console.log(`Loaded in ${loadSeconds.toFixed(1)} s.`);
    }
    // Fresh statistics, and the dead rows of the load gone: an autovacuum of them in the
    // middle of a measured run would take one of the two cores.
    await db.execute(sql`vacuum analyze`);
    const [version] = rowsOf<{ server_version: string }>(
      await db.execute(sql`show server_version`),
    );
    return {
      mentorProfiles: found.mentors,
      menteeProfiles: found.mentees,
      loaded: loadSeconds !== null,
      loadSeconds,
      postgres: version?.server_version ?? 'unknown',
    };
  } finally {
    await handle.close();
  }
}
