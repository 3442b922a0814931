import { sampleMenteeProfile, sampleMentorProfile } from '@mentorbro/core/samples';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAccessibility } from './helpers/axe';
import { expectPage, launchBrowser, openPage, screenshots } from './helpers/browser';
import { journeyApi } from './helpers/api';
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

  const { member, approve } = journeyApi(baseUrl, password);

  beforeAll(async () => {
    const ids: string[] = [];
    for (const mentor of [nurse, homeNurse, developer]) ids.push(await member('mentor', mentor));
    nurseId = ids[0] ?? '';
    ids.push(await member('mentee', mentee));

    await approve(coordinator, ids);

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
