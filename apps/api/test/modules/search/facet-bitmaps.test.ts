import type { MentorSearchPage } from '@mentorbro/core/search';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentorProfiles, users } from '../../../src/db/schema';
import { auth } from '../../helpers/profiles';
import { freshProgramme, insertMentor, mentorIn, suspend } from '../../helpers/search';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let programme: Awaited<ReturnType<typeof freshProgramme>>;
let session: { accessToken: string };

beforeAll(async () => {
  t = await createTestApp();
  programme = await freshProgramme(t);
  session = await mentorIn(t, programme);
});
afterAll(() => t.close());

async function facets(query = '') {
  const res = await t.http.get(`/api/mentors?${query}`).set(auth(session)).expect(200);
  const page = res.body as MentorSearchPage;
  const fields = Object.fromEntries((page.facets?.fields ?? []).map((f) => [f.value, f.count]));
  return { total: page.total, fields };
}

// Facet counts come from bitmaps the database keeps beside the profiles; each way a mentor
// comes, goes or changes must move her bits, or the counts drift from the results.
describe('facet counts follow every change to a mentor', () => {
  it('counts a new mentor, a changed field, a pause, a suspension and a deletion', async () => {
    const before = await facets('available=false');
    const mentor = await insertMentor(t, programme.id, { field: 'law' });
    expect(await facets('available=false')).toEqual({
      total: (before.total ?? 0) + 1,
      fields: { ...before.fields, law: (before.fields.law ?? 0) + 1 },
    });

    await t.app.db
      .update(mentorProfiles)
      .set({ field: 'finance' })
      .where(eq(mentorProfiles.userId, mentor.id));
    expect((await facets('available=false')).fields).toMatchObject({ finance: 1 });
    expect((await facets('available=false')).fields.law).toBeUndefined();

    await t.app.db
      .update(mentorProfiles)
      .set({ paused: true })
      .where(eq(mentorProfiles.userId, mentor.id));
    expect((await facets()).fields.finance).toBeUndefined();
    expect((await facets('available=false')).fields.finance).toBe(1);

    await suspend(t, mentor.id);
    expect((await facets('available=false')).fields.finance).toBeUndefined();
    await t.app.db
      .update(users)
      .set({ suspendedAt: null, suspensionReason: null })
      .where(eq(users.id, mentor.id));
    expect((await facets('available=false')).fields.finance).toBe(1);

    await t.app.db.delete(users).where(eq(users.id, mentor.id));
    expect(await facets('available=false')).toEqual(before);
  });

  it('agrees with counting the rows, after many mentors in one statement', async () => {
    for (let i = 0; i < 12; i++) {
      await insertMentor(
        t,
        programme.id,
        {
          field: i % 3 === 0 ? 'it' : 'retail',
          paused: i % 4 === 0,
        },
        { status: i % 5 === 0 ? 'pending' : 'approved' },
      );
    }
    // One statement over all of them: the statement trigger moves many bits at once.
    await t.app.db
      .update(mentorProfiles)
      .set({ meetingMode: 'online' })
      .where(eq(mentorProfiles.programmeId, programme.id));
    const counted = await t.app.db.execute(sql`
      select field, count(*)::int as count from mentor_profiles
      where programme_id = ${programme.id} and status = 'approved' and not paused
        and seats_taken < capacity group by field`);
    const rows = (counted as { rows: { field: string; count: number }[] }).rows;
    const expected = Object.fromEntries(rows.map((row) => [row.field, row.count]));
    expect((await facets('mode=online')).fields).toEqual(expected);
  });

  it('keeps exactly the bitmaps a rebuild from the profiles gives, for every kind', async () => {
    const mentor = await insertMentor(t, programme.id, {
      headline: 'Tømrer med egen virksomhed',
      educationLevel: 'vocational',
      personal: { migrantBackground: true },
    });
    await t.app.db
      .update(mentorProfiles)
      .set({ about: 'Jeg bygger huse og lærer gerne fra mig.', goals: ['network'] })
      .where(eq(mentorProfiles.userId, mentor.id));
    await suspend(t, (await insertMentor(t, programme.id, { field: 'it' })).id);
    // Only values someone has: the triggers keep a value's row when its last mentor leaves.
    const bitmaps = async () =>
      (
        (await t.app.db.execute(sql`
          select kind, value, bits::text as bits from facet_bits
          where bit_count(bits) > 0 order by programme_id, kind, value`)) as {
          rows: { kind: string; value: string; bits: string }[];
        }
      ).rows;
    const kept = await bitmaps();
    expect(new Set(kept.map((row) => row.kind))).toEqual(
      new Set([
        ...['listed', 'available', 'goals', 'fields', 'languages', 'region', 'municipality'],
        ...['mode', 'meeting_mode', 'education', 'migrant', 'wordA', 'wordB', 'wordC'],
      ]),
    );
    await t.app.db.execute(sql`select facet_bits_rebuild()`);
    expect(await bitmaps()).toEqual(kept);
  });
});
