import type { MentorSearchPage } from '@mentorbro/core/search';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth } from '../../helpers/profiles';
import { freshProgramme, insertMentor, mentorIn } from '../../helpers/search';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let session: { accessToken: string };
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const programme = await freshProgramme(t);
  ids.nurse = (
    await insertMentor(t, programme.id, {
      headline: 'Erfaren på hospitalet',
      about: 'Jeg arbejder med sygeplejersker på Rigshospitalet og viser gerne rundt.',
      jobTitle: 'Afdelingsleder',
      municipality: 'koebenhavn',
    })
  ).id;
  ids.engineer = (
    await insertMentor(t, programme.id, {
      headline: 'Engineer who loves bridges',
      about: 'I have built bridges in Aarhus and mentor nurses and engineers alike.',
      jobTitle: 'Bridge engineer',
      field: 'engineering',
      interests: ['klatring'],
    })
  ).id;
  ids.teacher = (
    await insertMentor(t, programme.id, {
      headline: 'Lærer i folkeskolen',
      about: 'Jeg underviser børn i dansk og matematik og kender skolesystemet godt.',
      jobTitle: 'Folkeskolelærer',
      field: 'education_childcare',
      partnerCompany: 'Novo Nordisk',
    })
  ).id;
  ids.surgeon = (
    await insertMentor(t, programme.id, {
      headline: 'Mentor med lang erfaring',
      jobTitle: 'Kirurg',
      about:
        'Jeg kom til Danmark for mange år siden og lærte sproget på aftenskole om vinteren. ' +
        'Siden blev jeg uddannet og arbejder nu med kirurgi på et stort hospital i Jylland. ' +
        'I min fritid går jeg lange ture, bager brød og læser bøger om historie og natur.',
    })
  ).id;
  // Her words only: not approved, so search must never find her.
  await insertMentor(
    t,
    programme.id,
    { headline: 'Sygeplejerske i Odense', about: 'Sygeplejersker og jordemødre velkomne.' },
    { status: 'pending' },
  );
  session = await mentorIn(t, programme);
});
afterAll(() => t.close());

async function search(query: string): Promise<MentorSearchPage> {
  const res = await t.http.get(`/api/mentors?${query}`).set(auth(session)).expect(200);
  return res.body as MentorSearchPage;
}
const found = async (query: string) => (await search(query)).items.map((item) => item.id);

describe('GET /api/mentors?q=: words', () => {
  it('finds other forms of a Danish word (stemming)', async () => {
    expect(await found('q=sygeplejerske')).toEqual([ids.nurse]);
    expect(await found('q=sygeplejerskerne')).toEqual([ids.nurse]);
  });

  it('finds English words in their other forms too', async () => {
    expect(await found('q=nurse')).toEqual([ids.engineer]);
    expect(await found('q=bridge')).toEqual([ids.engineer]);
  });

  it('ignores accents and case: "Kobenhavn" and "RIGSHOSPITALET"', async () => {
    await t.http.get('/api/mentors?q=x').set(auth(session)).expect(200);
    expect(await found('q=RIGSHOSPITALET')).toEqual([ids.nurse]);
    expect(await found('q=rigshospitalét')).toEqual([ids.nurse]);
  });

  it('forgives a small typo', async () => {
    expect(await found('q=sygeplejeske')).toEqual([ids.nurse]);
    expect(await found('q=folkeskolelærr')).toEqual([ids.teacher]);
    expect(await found('q=rigshopitalet')).toEqual([ids.nurse]);
  });

  it('finds a mentor by the name of her field in either language, her interests and company', async () => {
    expect(await found('q=ingeniørarbejde')).toEqual([ids.engineer]);
    expect(await found('q=klatring')).toEqual([ids.engineer]);
    expect(await found('q=teaching')).toEqual([ids.teacher]);
    expect(await found('q=novo')).toEqual([ids.teacher]);
  });

  it('needs every word to match', async () => {
    expect(await found('q=bridges%20aarhus')).toEqual([ids.engineer]);
    expect(await found('q=bridges%20skolesystemet')).toEqual([]);
  });

  it('treats query syntax as plain words and survives stop words alone', async () => {
    expect(await found(`q=${encodeURIComponent("sygeplejerske & ' | !(")}`)).toEqual([ids.nurse]);
    const onlyStopWords = await search('q=i');
    expect(onlyStopWords.total).toBe(4);
  });

  it('marks her words in a snippet of the about text, as plain text', async () => {
    const { items } = await search('q=sygeplejersker');
    const snippet = items[0]?.snippet ?? [];
    expect(snippet.filter((part) => part.hit).map((part) => part.text)).toEqual(['sygeplejersker']);
    expect(snippet.map((part) => part.text).join('')).toContain('Rigshospitalet');
  });

  it('shows "…" where the snippet starts or ends inside the about text', async () => {
    const { items } = await search('q=kirurgi');
    const text = (items[0]?.snippet ?? []).map((part) => part.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text).toContain('kirurgi');
  });

  it('finds her words when she sorts by newest too (was a 500)', async () => {
    const page = await search('q=sygeplejerske&sort=newest');
    expect(page.sort).toBe('newest');
    expect(page.items.map((item) => item.id)).toEqual([ids.nurse]);
  });

  it('ranks by relevance by default when she searches for words', async () => {
    const page = await search('q=bridges');
    expect(page.sort).toBe('relevance');
  });
});
