import type { MentorCard, MentorSearchPage, Recommendations } from '@mentorbro/core/search';
import { matchPlan, scoreWithPlan } from '@mentorbro/core/match';
import { sampleMenteeProfile } from '@mentorbro/core/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth } from '../../helpers/profiles';
import { freshProgramme, insertMentor, menteeIn, mentorIn } from '../../helpers/search';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let programme: Awaited<ReturnType<typeof freshProgramme>>;
const all: string[] = [];

// Twelve mentors in three groups of identical profiles approved at the same moment: every sort
// has ties, which paging must still cross without repeating or skipping anyone.
beforeAll(async () => {
  t = await createTestApp();
  programme = await freshProgramme(t);
  const at = new Date('2026-01-01T10:00:00Z');
  const groups = [
    {
      field: 'health_care',
      municipality: 'aarhus',
      about: 'Jeg er sygeplejerske og hjælper gerne med job.',
    },
    {
      field: 'it',
      municipality: 'koebenhavn',
      about: 'Jeg er udvikler og sygeplejerske af uddannelse.',
    },
    {
      field: 'retail',
      municipality: 'odense',
      about: 'Jeg har en butik og var engang sygeplejerske i mange år.',
    },
  ] as const;
  for (const group of groups) {
    for (let i = 0; i < 4; i++) {
      all.push((await insertMentor(t, programme.id, group, { approvedAt: at })).id);
    }
  }
});
afterAll(() => t.close());

async function pages(session: { accessToken: string }, query: string, limit: number) {
  const seen: MentorCard[] = [];
  let cursor: string | null = null;
  let sort: string | null = null;
  do {
    const suffix: string = cursor ? `&cursor=${cursor}` : '';
    const res = await t.http
      .get(`/api/mentors?${query}&limit=${limit}${suffix}`)
      .set(auth(session))
      .expect(200);
    const page = res.body as MentorSearchPage;
    seen.push(...page.items);
    sort = page.sort;
    cursor = page.nextCursor;
  } while (cursor);
  return { seen, sort };
}

describe('GET /api/mentors: paging', () => {
  it.each([
    ['newest', 'sort=newest'],
    ['relevance', 'q=sygeplejerske'],
    ['match', 'sort=match'],
  ])('never repeats or skips a mentor across ties, sorted by %s', async (sort, query) => {
    const mentee = await menteeIn(t, programme);
    for (const limit of [1, 5]) {
      const { seen, sort: used } = await pages(mentee, query, limit);
      expect(used).toBe(sort);
      const ids = seen.map((card) => card.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual([...all].sort());
    }
  });

  it('refuses a cursor from another sort or one that was tampered with', async () => {
    const mentee = await menteeIn(t, programme);
    const first = await t.http
      .get('/api/mentors?sort=newest&limit=2')
      .set(auth(mentee))
      .expect(200);
    const cursor = (first.body as MentorSearchPage).nextCursor ?? '';
    const res = await t.http
      .get(`/api/mentors?sort=match&cursor=${cursor}`)
      .set(auth(mentee))
      .expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    await t.http.get('/api/mentors?cursor=bm90LWpzb24').set(auth(mentee)).expect(400);
    const forged = Buffer.from(JSON.stringify(['newest', '1; drop table users', all[0]])).toString(
      'base64url',
    );
    await t.http.get(`/api/mentors?sort=newest&cursor=${forged}`).set(auth(mentee)).expect(400);
  });
});

describe('GET /api/mentors: match for a mentee', () => {
  it('ranks by match by default, with the same score and reasons core gives', async () => {
    const profile = sampleMenteeProfile({ desiredFields: ['it'], municipality: 'koebenhavn' });
    const mentee = await menteeIn(t, programme, profile);
    const res = await t.http.get('/api/mentors').set(auth(mentee)).expect(200);
    const page = res.body as MentorSearchPage;
    expect(page.sort).toBe('match');
    const scores = page.items.map((card) => card.match?.score ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // The IT mentors in her municipality come first, and say why.
    expect(page.items[0]?.field).toBe('it');
    expect(page.items[0]?.match?.reasons).toContainEqual({ kind: 'field', field: 'it' });
    const plan = matchPlan(profile);
    for (const card of page.items) {
      expect(card.match).toEqual(
        scoreWithPlan(plan, profile, {
          ...card,
          goals: ['job_search', 'network'],
          educationLevel: 'bachelor',
          personal: { migrantBackground: false },
        }),
      );
    }
  });

  it('gives no match to mentors and coordinators, who search by newest', async () => {
    const mentor = await mentorIn(t, programme);
    const res = await t.http.get('/api/mentors?sort=match').set(auth(mentor)).expect(200);
    expect((res.body as MentorSearchPage).sort).toBe('newest');
    expect((res.body as MentorSearchPage).items.every((card) => card.match === null)).toBe(true);
  });
});

describe('GET /api/me/recommendations', () => {
  it('explains an empty list when she has no profile yet', async () => {
    const mentee = await menteeIn(t, programme, null);
    const res = await t.http.get('/api/me/recommendations').set(auth(mentee)).expect(200);
    expect(res.body).toEqual({ items: [], empty: 'no_profile' });
  });

  it('ranks mentors by match with reasons, best first', async () => {
    const mentee = await menteeIn(t, programme, {
      desiredFields: ['retail'],
      municipality: 'odense',
    });
    const res = await t.http.get('/api/me/recommendations?limit=5').set(auth(mentee)).expect(200);
    const body = res.body as Recommendations;
    expect(body.empty).toBeNull();
    expect(body.items).toHaveLength(5);
    expect(body.items.slice(0, 4).every((card) => card.field === 'retail')).toBe(true);
    expect(body.items[0]?.match?.reasons).toEqual(
      expect.arrayContaining([
        { kind: 'goal', goal: 'job_search' },
        { kind: 'field', field: 'retail' },
        { kind: 'municipality', municipality: 'odense' },
      ]),
    );
  });

  it('leaves out mentors she shares no usable language with, and says so when none are left', async () => {
    const mentee = await menteeIn(t, programme, {
      danishLevel: 'A1',
      otherLanguages: [{ code: 'ti', level: 'native' }],
    });
    const res = await t.http.get('/api/me/recommendations').set(auth(mentee)).expect(200);
    expect(res.body).toEqual({ items: [], empty: 'none_available' });
  });

  it('is for mentees', async () => {
    const mentor = await mentorIn(t, programme);
    await t.http.get('/api/me/recommendations').set(auth(mentor)).expect(403);
  });
});
