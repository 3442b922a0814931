import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';
import { EDUCATION_LEVELS, MUNICIPALITIES } from '@mentorbro/core/catalogue';
import { type MatchMentor, matchPlan, scoreWithPlan } from '@mentorbro/core/match';
import type { MentorSearchPage, Recommendations } from '@mentorbro/core/search';
import { sampleMenteeProfile, sampleMentorProfile } from '@mentorbro/core/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth } from '../../helpers/profiles';
import { freshProgramme, insertMentor, menteeIn } from '../../helpers/search';
import { createTestApp, type TestApp } from '../../helpers/test-app';

/**
 * The database ranks by splitting bitmaps (mentor_rank, migration 0005), scoring small groups
 * mentor by mentor. Here it must give exactly the order core's scoring gives, over enough
 * mentors that both ways run, across pages, ties and mentors sharing no language.
 */

let t: TestApp;
let session: { accessToken: string };
const mentee: MenteeProfileInput = sampleMenteeProfile({
  goals: ['job_search', 'education', 'network'],
  desiredFields: ['it', 'health_care'],
  danishLevel: 'A2',
  otherLanguages: [{ code: 'ar', level: 'native' }],
  municipality: 'aarhus',
  meetingMode: 'in_person',
  educationLevel: 'bachelor',
  wishes: { woman: true, sharedLanguage: true, migrantBackground: true },
});
const plan = matchPlan(mentee);
const regionOf = new Map(MUNICIPALITIES.map((m) => [m.code, m.region]));

interface Written {
  id: string;
  profile: MentorProfileInput;
}
/** In the order written, which is the order of their ordinals: the tiebreak. */
const written: Written[] = [];

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return {
    next() {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    },
    pick<T>(values: readonly T[]): T {
      return values[Math.floor(this.next() * values.length)] as T;
    },
  };
}

const WORD = 'sygeplejerske';

function mentorProfile(r: ReturnType<typeof random>): MentorProfileInput {
  const where = r.pick(['headline', 'interests', 'about', 'about and headline', 'none'] as const);
  return sampleMentorProfile({
    field: r.pick(['it', 'health_care', 'retail', 'education_childcare']),
    goals: r.pick([
      ['job_search'],
      ['job_search', 'network'],
      ['education', 'network'],
      ['danish_practice'],
      ['job_search', 'education', 'network'],
    ]),
    languages: [
      { code: 'da', level: r.pick(['native', 'C1', 'B1'] as const) },
      ...r.pick([[], [{ code: 'ar' as const, level: r.pick(['native', 'B2'] as const) }]]),
    ],
    municipality: r.pick(['aarhus', 'silkeborg', 'odense', 'koebenhavn']),
    meetingMode: r.pick(['in_person', 'online', 'both'] as const),
    educationLevel: r.pick(EDUCATION_LEVELS),
    personal: { migrantBackground: r.pick([true, false]) },
    headline: where.includes('headline')
      ? `Erfaren ${WORD} i regionen`
      : 'Erfaren kollega i regionen',
    jobTitle: 'Konsulent',
    about: where.includes('about')
      ? `Jeg har arbejdet som ${WORD} i mange år og hjælper gerne.`
      : 'Jeg har arbejdet i mange år og hjælper gerne med ansøgninger.',
    interests: where === 'interests' ? [WORD] : ['løb'],
    paused: r.next() < 0.08,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  const programme = await freshProgramme(t);
  const r = random(42);
  for (let i = 0; i < 90; i++) {
    const profile = mentorProfile(r);
    const { id } = await insertMentor(t, programme.id, profile);
    written.push({ id, profile });
  }
  session = await menteeIn(t, programme, mentee);
}, 120_000);
afterAll(() => t.close());

function asMatchMentor({ id, profile }: Written): MatchMentor {
  const region = regionOf.get(profile.municipality);
  if (!region) throw new Error(`No region for ${profile.municipality}`);
  return { id, ...profile, region };
}

/** Core's score, or -1 for a mentor she shares no usable language with (ranked last). */
const scoreOf = (mentor: Written) =>
  scoreWithPlan(plan, mentee, asMatchMentor(mentor))?.score ?? -1;

/** Where the word stands: headline or job title 4, interests 2, about 1 (match-bits.ts). */
function relevanceOf({ profile }: Written): number {
  const has = (text: string) => text.includes(WORD);
  return (
    (has(`${profile.headline} ${profile.jobTitle}`) ? 4 : 0) +
    (profile.interests.some(has) ? 2 : 0) +
    (has(profile.about) ? 1 : 0)
  );
}

/** Best first by `key`, ties in the order written. */
function expectedOrder(mentors: Written[], key: (mentor: Written) => number) {
  return mentors
    .map((mentor, index) => ({ mentor, index, key: key(mentor) }))
    .sort((a, b) => b.key - a.key || a.index - b.index)
    .map(({ mentor }) => mentor.id);
}

const available = () => written.filter((mentor) => !mentor.profile.paused);

async function allPages(query: string, limit: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor ? `&cursor=${cursor}` : '';
    const res = await t.http
      .get(`/api/mentors?${query}&limit=${limit}${suffix}`)
      .set(auth(session))
      .expect(200);
    const page = res.body as MentorSearchPage;
    ids.push(...page.items.map((card) => card.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

describe('ranking in the database', () => {
  it('orders every page by match exactly as core scores it, ties by first written', async () => {
    const expected = expectedOrder(available(), scoreOf);
    expect(await allPages('sort=match', 7)).toEqual(expected);
    expect(await allPages('sort=match', 50)).toEqual(expected);
  });

  it('orders words by where they stand, then by her match', async () => {
    const found = available().filter((mentor) => relevanceOf(mentor) > 0);
    expect(found.length).toBeGreaterThan(30);
    const expected = expectedOrder(found, (mentor) => relevanceOf(mentor) * 1000 + scoreOf(mentor));
    expect(await allPages(`q=${WORD}`, 6)).toEqual(expected);
  });

  it('recommends the best matches among those she shares a language with', async () => {
    const sharing = available().filter((mentor) => scoreOf(mentor) >= 0);
    expect(sharing.length).toBeLessThan(available().length);
    const res = await t.http.get('/api/me/recommendations?limit=12').set(auth(session)).expect(200);
    const body = res.body as Recommendations;
    expect(body.items.map((card) => card.id)).toEqual(expectedOrder(sharing, scoreOf).slice(0, 12));
  });
});
