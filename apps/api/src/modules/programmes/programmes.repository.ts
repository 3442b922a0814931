import { eq } from 'drizzle-orm';
import { DEFAULT_PROGRAMME_SLUG, type ProgrammeRules } from '@mentorbro/core/programme';
import type { Executor } from '../../db/client';
import { programmes } from '../../db/schema';

export type ProgrammeRow = typeof programmes.$inferSelect;

export async function findProgrammeBySlug(
  db: Executor,
  slug: string,
): Promise<ProgrammeRow | undefined> {
  const [row] = await db.select().from(programmes).where(eq(programmes.slug, slug)).limit(1);
  return row;
}

export async function findProgrammeById(
  db: Executor,
  id: string,
): Promise<ProgrammeRow | undefined> {
  const [row] = await db.select().from(programmes).where(eq(programmes.id, id)).limit(1);
  return row;
}

export async function updateProgrammeRules(
  db: Executor,
  id: string,
  rules: ProgrammeRules,
  now: Date,
): Promise<ProgrammeRow> {
  const [row] = await db
    .update(programmes)
    .set({ ...rules, updatedAt: now })
    .where(eq(programmes.id, id))
    .returning();
  if (!row) throw new Error(`Programme ${id} disappeared during an update`);
  return row;
}

/** The programme every installation starts with (created by the migrations). */
export async function defaultProgramme(db: Executor): Promise<ProgrammeRow> {
  const row = await findProgrammeBySlug(db, DEFAULT_PROGRAMME_SLUG);
  if (!row)
    throw new Error(`The "${DEFAULT_PROGRAMME_SLUG}" programme is missing: run the migrations`);
  return row;
}
