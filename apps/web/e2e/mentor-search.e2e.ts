import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';
import { sampleMenteeProfile, sampleMentorProfile } from '@mentorbro/core/samples';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAccessibility } from './helpers/axe';
import { expectPage, launchBrowser, openPage, screenshots } from './helpers/browser';
import { assertAllVisitedPagesChecked } from './helpers/visits';

/**
 * The mentor search, as a mentee meets it: three approved mentors and a mentee with a profile
 * are set up through the API (the editor and the queue have their own journey); then, in the
 * browser, she sees mentors suggested on her page with the reasons, finds a nurse although she
 * misspells the word, narrows the list with a filter, steps back with the browser's back
 * button, and opens a mentor's page, which says why they may fit.
 */
describe('a mentee finds a mentor: suggestions, words with a typo, filters, back', () => {
  const baseUrl = inject('baseUrl');
  const coordinator = inject('admin');
  const password = 'mit lange kodeord';

  const nurse = {
    name: 'Layla Nasser',
    email: 'layla.nasser@example.dk',
    profile: sampleMentorProfile({
      headline: 'Sygeplejerske, der taler arabisk og kender hospitalet',
      about:
        'Jeg kom til Danmark fra Libanon og har arbejdet som sygeplejerske på hospitalet i Aarhus i 12 år. Jeg hjælper gerne med autorisation, jobsøgning og dansk på arbejdet.',
      jobTitle: 'Sygeplejerske',
      field: 'health_care',
      languages: [
        { code: 'da', level: 'C1' },
        { code: 'ar', level: 'native' },
      ],
      municipality: 'aarhus',
      goals: ['job_search', 'danish_practice', 'network'],
      personal: { migrantBackground: true },
    }),
  };
  // A second nurse who speaks no Arabic, so the language filter visibly narrows the list.
  const homeNurse = {
    name: 'Birgitte Møller',
    email: 'birgitte.moller@example.dk',
    profile: sampleMentorProfile({
      headline: 'Sygeplejerske i hjemmeplejen i Odense',
      about:
        'Jeg er sygeplejerske i hjemmeplejen og har været leder i mange år. Jeg hjælper gerne med at forstå arbejdskulturen på en dansk arbejdsplads.',
      jobTitle: 'Sygeplejerske',
      field: 'health_care',
      languages: [
        { code: 'da', level: 'native' },
        { code: 'en', level: 'B2' },
      ],
      municipality: 'odense',
      meetingMode: 'online',
      goals: ['job_search', 'work_culture'],
    }),
  };
  const developer = {
    name: 'Mette Lund',
    email: 'mette.lund@example.dk',
    profile: sampleMentorProfile({
      headline: 'Softwareudvikler, der hjælper dig ind i IT-branchen',
      about:
        'Jeg arbejder som udvikler i en bank i København. Jeg hjælper med CV, netværk og jobsamtaler i IT-branchen.',
      jobTitle: 'Softwareudvikler',
      field: 'it',
      educationLevel: 'master',
      languages: [
        { code: 'da', level: 'native' },
        { code: 'en', level: 'C1' },
      ],
      municipality: 'koebenhavn',
      meetingMode: 'online',
      goals: ['job_search', 'network'],
      interests: ['programmering'],
    }),
  };
  const mentee = {
    name: 'Nour Haddad',
    email: 'nour.haddad@example.dk',
    profile: sampleMenteeProfile(),
  };
  const firstName = (name: string) => name.split(' ')[0] ?? name;

  let browser: Browser;
  let page: Page;
  let pageErrors: Error[];
  let nurseId = '';

  async function api<T>(
    path: string,
    options: { method?: string; body?: unknown; token?: string } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await fetch(`${baseUrl}${path}`, {
      method: options.method ?? 'GET',
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`${options.method ?? 'GET'} ${path}: ${response.status} ${text}`);
    }
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  const login = (email: string, userPassword: string) =>
    api<{ accessToken: string; user: { id: string } }>('/api/auth/login', {
      method: 'POST',
      body: { email, password: userPassword },
    });

  /** Signs her up as the register page does, sends her profile, and returns her id. */
  async function member(
    role: 'mentor' | 'mentee',
    who: { name: string; email: string; profile: MentorProfileInput | MenteeProfileInput },
  ): Promise<string> {
    await api('/api/auth/register', {
      method: 'POST',
      body: {
        email: who.email,
        password,
        name: who.name,
        role,
        locale: 'da',
        acceptedTerms: true,
        declaresWoman: true,
      },
    });
    const session = await login(who.email, password);
    await api('/api/me/profile', { method: 'PUT', body: who.profile, token: session.accessToken });
    return session.user.id;
  }

  beforeAll(async () => {
    const ids: string[] = [];
    for (const mentor of [nurse, homeNurse, developer]) ids.push(await member('mentor', mentor));
    nurseId = ids[0] ?? '';
    ids.push(await member('mentee', mentee));

    // The coordinator approves them, as she would in her queue.
    const { accessToken } = await login(coordinator.email, coordinator.password);
    const queue = await api<{ userId: string; submittedAt: string }[]>(
      '/api/admin/profiles?status=pending',
      { token: accessToken },
    );
    for (const id of ids) {
      const item = queue.find((entry) => entry.userId === id);
      if (!item) throw new Error(`No profile of ${id} waits for approval.`);
      await api(`/api/admin/profiles/${id}/approve`, {
        method: 'POST',
        body: { submittedAt: item.submittedAt },
        token: accessToken,
      });
    }

    browser = await launchBrowser();
    ({ page, pageErrors } = await openPage(browser, baseUrl));
  });

  afterAll(async () => {
    try {
      assertAllVisitedPagesChecked(page);
    } finally {
      await browser.close();
    }
  });

  /** A mentor's card, named by her first name (the card's link). */
  const card = (name: string) => page.getByRole('article', { name: firstName(name), exact: true });
  const reasonsOf = (name: string) =>
    card(name).getByRole('list', { name: 'Derfor kan I passe sammen' });
  const query = () => Object.fromEntries(new URL(page.url()).searchParams);

  it('suggests mentors on her page, each with the reasons they fit', async () => {
    await page.goto('/login');
    await expectPage(page, 'Log ind', 'the login page');
    await page.getByLabel('Din e-mail').fill(mentee.email);
    await page.getByLabel('Din adgangskode').fill(password);
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await expectPage(page, `Hej ${mentee.name}!`, 'my page');

    const suggested = page.getByRole('region', { name: 'Mentorer til dig' });
    await suggested.getByRole('link', { name: firstName(nurse.name), exact: true }).waitFor();
    // Her Arabic, her town and her goals: the nurse shares them all.
    const reasons = reasonsOf(nurse.name);
    await reasons.getByText('Taler arabisk (modersmål)').waitFor();
    await reasons.getByText('Bor også i Aarhus').waitFor();
    await reasons.getByText('Kan hjælpe med jobsøgning').waitFor();
    await checkAccessibility(page, 'my page with suggested mentors');
    await screenshots(page, 'home-recommendations');
  });

  it('finds the nurse although she misspells the word', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Find en mentor' }).click();
    await expectPage(page, 'Find en mentor', 'the search page');
    await page
      .getByRole('status')
      .getByText(/^Vi fandt \d+ mentor(er)?\.$/)
      .waitFor();

    await page.getByLabel('Søg efter ord').fill('sygeplejeske');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'sygeplejeske');
    await card(nurse.name).waitFor();
    await card(homeNurse.name).waitFor();
    // The word she meant is marked in the nurse's own text.
    await card(nurse.name)
      .locator('mark', { hasText: /sygeplejerske/i })
      .first()
      .waitFor();
    expect(await card(developer.name).count()).toBe(0);
    await checkAccessibility(page, 'the search page with results');
    await screenshots(page, 'mentor-search-results');
  });

  it('narrows the list with a filter that shows how many mentors each choice finds', async () => {
    const toggle = page.getByRole('button', { name: 'Filtre', exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');

    // Only the Lebanese nurse speaks Arabic among the nurses: 1 mentor.
    const arabic = page
      .getByRole('group', { name: 'Sprog' })
      .getByRole('checkbox', { name: 'Arabisk (1)' });
    await arabic.check();
    await page.waitForURL((url) => url.searchParams.get('languages') === 'ar');
    expect(query()).toEqual({ q: 'sygeplejeske', languages: 'ar' });
    await page.getByRole('status').getByText('Vi fandt 1 mentor.').waitFor();
    await card(nurse.name).waitFor();
    expect(await card(homeNurse.name).count()).toBe(0);
    expect(await arabic.isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Filtre (1 valgt)' }).waitFor();
    await page.getByRole('button', { name: 'Fjern Arabisk' }).waitFor();
    await checkAccessibility(page, 'the search page with the filters open');
    await screenshots(page, 'mentor-search-filters');
  });

  it("steps back to the earlier results with the browser's back button", async () => {
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('languages'));
    expect(query()).toEqual({ q: 'sygeplejeske' });
    await card(homeNurse.name).waitFor();
    await card(nurse.name).waitFor();
    expect(await page.getByLabel('Søg efter ord').inputValue()).toBe('sygeplejeske');
    expect(await page.getByRole('checkbox', { name: /^Arabisk/ }).isChecked()).toBe(false);
    expect(await page.getByRole('button', { name: 'Fjern Arabisk' }).count()).toBe(0);
    await checkAccessibility(page, 'the search page after going back');
  });

  it('opens a mentor from her card and sees why they may fit', async () => {
    await card(nurse.name)
      .getByRole('link', { name: firstName(nurse.name) })
      .click();
    await page.waitForURL(`**/mentors/${nurseId}`);
    await expectPage(page, firstName(nurse.name), "the nurse's page");
    await page.getByText(nurse.profile.headline).first().waitFor();
    const fit = page.getByRole('list', { name: 'Derfor kan I passe sammen' });
    await fit.getByText('Taler arabisk (modersmål)').waitFor();
    await fit.getByText('Bor også i Aarhus').waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Nasser');

    // And back again: the list she came from is still there.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === 'sygeplejeske');
    await card(homeNurse.name).waitFor();
    await checkAccessibility(page, 'the search page, back from a mentor');
  });

  it('had no uncaught errors in the page', () => {
    expect(pageErrors.map((error) => error.message)).toEqual([]);
  });
});
