import type {
  MentorCard,
  MentorPage,
  MentorSearchPage,
  Recommendations,
} from '@mentorbro/core/search';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentorProfiles, users } from '../../../src/db/schema';
import { auth, type Member } from '../../helpers/profiles';
import { relogin } from '../../helpers/requests';
import { freshProgramme, insertMentor, menteeIn } from '../../helpers/search';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let programme: Awaited<ReturnType<typeof freshProgramme>>;
let quick: string;
let quiet: string;
const DAY = 24 * 60 * 60 * 1000;

// Two mentors: one who answers within 3 days and was active 3 days ago, one who has never
// answered a request nor been active.
beforeAll(async () => {
  t = await createTestApp();
  programme = await freshProgramme(t);
  const about = 'Jeg er sygeplejerske og hjælper gerne med at finde job.';
  quick = (await insertMentor(t, programme.id, { about })).id;
  quiet = (await insertMentor(t, programme.id, { about })).id;
  await t.app.db
    .update(mentorProfiles)
    .set({ answerDays: 3 })
    .where(eq(mentorProfiles.userId, quick));
  await t.app.db
    .update(users)
    .set({ lastActiveAt: new Date(t.clock.now().getTime() - 3 * DAY) })
    .where(eq(users.id, quick));
});
afterAll(() => t.close());

const get = async <T>(member: Member, path: string) =>
  (await t.http.get(path).set(auth(member)).expect(200)).body as T;

/** The two mentors' fields on every list a mentee sees them in, and on their pages. */
async function everywhere(mentee: Member) {
  const lists = {
    newest: (await get<MentorSearchPage>(mentee, '/api/mentors?sort=newest')).items,
    match: (await get<MentorSearchPage>(mentee, '/api/mentors?sort=match')).items,
    relevance: (await get<MentorSearchPage>(mentee, '/api/mentors?q=sygeplejerske')).items,
    recommendations: (await get<Recommendations>(mentee, '/api/me/recommendations')).items,
    pages: [
      await get<MentorPage>(mentee, `/api/mentors/${quick}`),
      await get<MentorPage>(mentee, `/api/mentors/${quiet}`),
    ],
  };
  const pick = (items: Pick<MentorCard, 'id' | 'answerDays' | 'lastActive'>[]) =>
    Object.fromEntries(
      items.map(({ id, answerDays, lastActive }) => [
        id === quick ? 'quick' : 'quiet',
        { answerDays, lastActive },
      ]),
    );
  return Object.fromEntries(Object.entries(lists).map(([name, items]) => [name, pick(items)]));
}

describe('how quickly a mentor answers, and when she was last active', () => {
  it('shows on cards in every sort, in recommendations and on her page, by the clock', async () => {
    let mentee = await menteeIn(t, programme);
    const expected = (lastActive: MentorCard['lastActive']) => ({
      quick: { answerDays: 3, lastActive },
      quiet: { answerDays: null, lastActive: null },
    });
    const lists = ['newest', 'match', 'relevance', 'recommendations', 'pages'];
    expect(await everywhere(mentee)).toEqual(
      Object.fromEntries(lists.map((name) => [name, expected('week')])),
    );

    t.clock.advance(5 * DAY);
    mentee = await relogin(t, mentee);
    expect(await everywhere(mentee)).toEqual(
      Object.fromEntries(lists.map((name) => [name, expected('month')])),
    );
  });
});
