import type { FacetCount, MentorSearchPage } from '@mentorbro/core/search';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertProgramme } from '../../helpers/admin';
import { auth } from '../../helpers/profiles';
import { freshProgramme, insertMentor, mentorIn, suspend } from '../../helpers/search';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let session: { accessToken: string };
const m: Record<string, string> = {};

// Six mentors whose facts overlap just enough for each filter to tell them apart.
beforeAll(async () => {
  t = await createTestApp();
  const programme = await freshProgramme(t);
  const add = async (
    key: string,
    ...args: Parameters<typeof insertMentor> extends [unknown, unknown, ...infer R] ? R : never
  ) => {
    m[key] = (await insertMentor(t, programme.id, ...args)).id;
  };
  await add('aarhusNurse', {
    field: 'health_care',
    goals: ['job_search', 'network'],
    municipality: 'aarhus',
    meetingMode: 'in_person',
    languages: [
      { code: 'da', level: 'native' },
      { code: 'ar', level: 'C1' },
    ],
  });
  await add('cphIt', {
    field: 'it',
    goals: ['job_search', 'education'],
    municipality: 'koebenhavn',
    meetingMode: 'online',
    languages: [
      { code: 'da', level: 'native' },
      { code: 'ar', level: 'A2' },
    ],
    partnerCompany: 'Netcompany',
  });
  await add('cphNurse', {
    field: 'health_care',
    goals: ['danish_practice'],
    municipality: 'frederiksberg',
    meetingMode: 'both',
    languages: [
      { code: 'da', level: 'native' },
      { code: 'so', level: 'native' },
    ],
  });
  await add('odenseIt', {
    field: 'it',
    goals: ['network'],
    municipality: 'odense',
    meetingMode: 'online',
    languages: [
      { code: 'da', level: 'C1' },
      { code: 'en', level: 'C2' },
    ],
    partnerCompany: 'netcompany',
  });
  await add('paused', { field: 'it', paused: true, municipality: 'aarhus' });
  await add('full', { field: 'it', capacity: 1, municipality: 'aarhus' }, { seatsTaken: 1 });
  // Never found: not approved, suspended, or in another programme.
  await insertMentor(t, programme.id, { field: 'it' }, { status: 'pending' });
  await insertMentor(t, programme.id, { field: 'it' }, { status: 'rejected' });
  const suspended = await insertMentor(t, programme.id, { field: 'it' });
  await suspend(t, suspended.id);
  const other = await insertProgramme(t);
  await insertMentor(t, other.id, { field: 'it' });
  session = await mentorIn(t, programme);
});
afterAll(() => t.close());

async function search(query: string): Promise<MentorSearchPage> {
  const res = await t.http.get(`/api/mentors?${query}`).set(auth(session)).expect(200);
  return res.body as MentorSearchPage;
}
const found = async (query: string) => (await search(query)).items.map((item) => item.id).sort();
const ids = (...keys: string[]) => keys.map((key) => m[key]).sort();
const counts = (facet: FacetCount[]) => Object.fromEntries(facet.map((f) => [f.value, f.count]));

describe('GET /api/mentors: who can be found', () => {
  it('finds only approved, unsuspended mentors of her programme who take requests now', async () => {
    expect(await found('')).toEqual(ids('aarhusNurse', 'cphIt', 'cphNurse', 'odenseIt'));
  });

  it('shows paused and full mentors too with available=false, marked as not taking requests', async () => {
    const page = await search('available=false');
    expect(page.items.map((i) => i.id).sort()).toEqual(
      ids('aarhusNurse', 'cphIt', 'cphNurse', 'odenseIt', 'paused', 'full'),
    );
    const full = page.items.find((i) => i.id === m.full);
    expect(full).toMatchObject({ freeSeats: 0, acceptingRequests: false });
    expect(page.items.find((i) => i.id === m.paused)).toMatchObject({ acceptingRequests: false });
  });

  it('is for signed-in members only', async () => {
    await t.http.get('/api/mentors').expect(401);
  });
});

describe('GET /api/mentors: each filter', () => {
  it('filters by goal, field, region, municipality, way of meeting and company', async () => {
    expect(await found('goals=education')).toEqual(ids('cphIt'));
    expect(await found('fields=health_care')).toEqual(ids('aarhusNurse', 'cphNurse'));
    expect(await found('region=hovedstaden')).toEqual(ids('cphIt', 'cphNurse'));
    expect(await found('municipality=odense')).toEqual(ids('odenseIt'));
    // A mentor who meets both ways also meets online.
    expect(await found('mode=online')).toEqual(ids('cphIt', 'cphNurse', 'odenseIt'));
    expect(await found('mode=in_person')).toEqual(ids('aarhusNurse', 'cphNurse'));
    expect(await found('company=NETCOMPANY')).toEqual(ids('cphIt', 'odenseIt'));
  });

  it('filters by language at B1 or a chosen level', async () => {
    expect(await found('languages=ar')).toEqual(ids('aarhusNurse'));
    expect(await found('languages=ar&minLevel=A1')).toEqual(ids('aarhusNurse', 'cphIt'));
    expect(await found('languages=so,en&minLevel=native')).toEqual(ids('cphNurse'));
  });

  it('combines kinds with AND and values of one kind with OR', async () => {
    expect(await found('fields=it,health_care&region=hovedstaden')).toEqual(
      ids('cphIt', 'cphNurse'),
    );
    expect(await found('fields=it&region=hovedstaden&mode=online')).toEqual(ids('cphIt'));
    expect(await found('goals=network,danish_practice&fields=health_care')).toEqual(
      ids('aarhusNurse', 'cphNurse'),
    );
    expect(await found('goals=education&fields=health_care')).toEqual([]);
  });

  it('refuses codes that are not in the catalogue', async () => {
    const res = await t.http.get('/api/mentors?fields=astronaut').set(auth(session)).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    await t.http.get("/api/mentors?region=x'%20or%201=1").set(auth(session)).expect(400);
    await t.http.get('/api/mentors?limit=500').set(auth(session)).expect(400);
  });
});

describe('GET /api/mentors: facet counts', () => {
  it('counts each value among everyone found, with the total', async () => {
    const page = await search('');
    expect(page.total).toBe(4);
    expect(counts(page.facets?.fields ?? [])).toEqual({ health_care: 2, it: 2 });
    expect(counts(page.facets?.region ?? [])).toEqual({
      midtjylland: 1,
      hovedstaden: 2,
      syddanmark: 1,
    });
    expect(counts(page.facets?.mode ?? [])).toEqual({ in_person: 2, online: 3 });
    expect(counts(page.facets?.languages ?? [])).toEqual({ da: 4, ar: 1, so: 1, en: 1 });
    expect(counts(page.facets?.goals ?? [])).toEqual({
      job_search: 2,
      network: 2,
      education: 1,
      danish_practice: 1,
    });
    expect(page.facets?.company).toEqual([
      { value: expect.stringMatching(/netcompany/i), count: 2 },
    ]);
  });

  it("counts a kind without its own filter, but with every other kind's", async () => {
    const page = await search('fields=it&region=hovedstaden');
    expect(page.total).toBe(1);
    // Fields: among mentors in Hovedstaden, whatever their field.
    expect(counts(page.facets?.fields ?? [])).toEqual({ it: 1, health_care: 1 });
    // Regions: among IT mentors, wherever they live.
    expect(counts(page.facets?.region ?? [])).toEqual({ hovedstaden: 1, syddanmark: 1 });
    // Every other kind: among IT mentors in Hovedstaden.
    expect(counts(page.facets?.mode ?? [])).toEqual({ online: 1 });
  });

  it('counts languages at the chosen level', async () => {
    const page = await search('minLevel=A1');
    expect(counts(page.facets?.languages ?? []).ar).toBe(2);
  });

  it('leaves facets and total off the following pages', async () => {
    const first = await search('limit=2');
    expect(first.nextCursor).not.toBeNull();
    const second = await search(`limit=2&cursor=${first.nextCursor ?? ''}`);
    expect(second.total).toBeNull();
    expect(second.facets).toBeNull();
  });
});
