import { sql } from 'drizzle-orm';
import type { Database } from '../src/config';
import { openDatabase } from '../src/db/client';
import { runMigrations } from '../src/db/migrate';
import { rowsOf, textArray } from '../src/db/rows';
import { DEMO_SEED } from '../src/demo/generator';
import { DEMO_PASSWORD, loadDemoPeople } from '../src/demo/seed-demo';
import { hashPassword } from '../src/modules/auth/password';

/** A member the journey logs in as. */
export interface Member {
  id: string;
  email: string;
  role: 'mentee' | 'mentor';
  /** Her goals (a mentee's), which her requests name. */
  goals: string[];
}

export interface JourneyPopulation {
  mentees: Member[];
  mentors: Member[];
  /** Approved mentees who take no part in the journey, for the fault command's own requests. */
  spareMentees: Member[];
  password: string;
  mentorProfiles: number;
  menteeProfiles: number;
  loadSeconds: number;
  postgres: string;
}

/** Two in five of the simulated members are mentors: each takes up to three mentees. */
const MENTOR_SHARE = 0.4;
const CAPACITY = 3;

/**
 * Migrations, then members from the demo generator straight into the database (the journey
 * itself goes through HTTP): a network a few times the size of one programme's, so search has
 * thousands of mentors to rank. Of the approved ones, the first by email become the simulated
 * members; their mentors are taken off pause and given three seats, so the run is about the
 * API and not about finding a mentor with room.
 */
export async function seedJourneyPopulation(
  url: string,
  users: number,
  spare = 0,
): Promise<JourneyPopulation> {
  const config: Database = { kind: 'postgres', url, poolMax: 2 };
  const handle = await openDatabase(config);
  try {
    await runMigrations(handle, config);
    const { db } = handle;
    const mentorCount = Math.max(1, Math.round(users * MENTOR_SHARE));
    const menteeCount = Math.max(1, users - mentorCount);
    const started = performance.now();
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const loaded = await db.transaction((tx) =>
      loadDemoPeople(
        tx,
        {
          seed: DEMO_SEED,
          mentors: Math.max(2_000, mentorCount * 4),
          mentees: Math.max(1_000, menteeCount * 4),
        },
        passwordHash,
      ),
    );
    const members = async (role: Member['role'], limit: number) => {
      const profiles = role === 'mentor' ? sql`mentor_profiles` : sql`mentee_profiles`;
      const goals = role === 'mentee' ? sql`p.goals` : sql`'{}'::text[]`;
      const rows = rowsOf<{ id: string; email: string; goals: string[] }>(
        await db.execute(sql`
          select u.id, u.email, ${goals} as goals from ${profiles} p join users u on u.id = p.user_id
          where p.status = 'approved' and u.suspended_at is null and u.role = ${role}
          order by u.email limit ${limit}`),
      );
      if (rows.length < limit) {
        throw new Error(`Only ${rows.length} approved ${role}s; the journey needs ${limit}`);
      }
      return rows.map((row) => ({ ...row, role }));
    };
    const mentors = await members('mentor', mentorCount);
    const allMentees = await members('mentee', menteeCount + spare);
    const mentees = allMentees.slice(0, menteeCount);
    await db.execute(sql`
      update mentor_profiles set paused = false, capacity = ${CAPACITY}
      where user_id::text = any(${textArray(mentors.map((mentor) => mentor.id))})`);
    await db.execute(sql`vacuum analyze`);
    const [version] = rowsOf<{ server_version: string }>(
      await db.execute(sql`show server_version`),
    );
    return {
      mentees,
      mentors,
      spareMentees: allMentees.slice(menteeCount),
      password: DEMO_PASSWORD,
      mentorProfiles: loaded.mentorProfiles,
      menteeProfiles: loaded.menteeProfiles,
      loadSeconds: (performance.now() - started) / 1000,
      postgres: version?.server_version ?? 'unknown',
    };
  } finally {
    await handle.close();
  }
}
