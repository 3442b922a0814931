import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAccessibility } from './helpers/axe';
import { expectPage, launchBrowser, openPage, screenshots } from './helpers/browser';
import { assertAllVisitedPagesChecked } from './helpers/visits';

/**
 * Issue 3's journey, in three browsers at once: a mentor signs up and fills in her profile
 * step by step, a coordinator approves it, and a mentee can then read it. Until approval
 * the mentee gets the kind not-found page.
 */
describe('a mentor fills in her profile, a coordinator approves it, a mentee reads it', () => {
  let browser: Browser;
  const pages: { page: Page; pageErrors: Error[] }[] = [];
  let mentor: Page;
  let admin: Page;
  let mentee: Page;
  let mentorId = '';
  const baseUrl = inject('baseUrl');
  const coordinator = inject('admin');

  beforeAll(async () => {
    browser = await launchBrowser();
    for (let i = 0; i < 3; i++) pages.push(await openPage(browser, baseUrl));
    [mentor, admin, mentee] = pages.map((opened) => opened.page) as [Page, Page, Page];
  });

  afterAll(async () => {
    try {
      for (const { page } of pages) assertAllVisitedPagesChecked(page);
    } finally {
      await browser.close();
    }
  });

  async function register(
    page: Page,
    role: 'Jeg søger en mentor' | 'Jeg vil være mentor',
    who: { name: string; email: string },
  ) {
    await page.goto('/register');
    await expectPage(page, 'Opret en konto', `the register page (${who.name})`);
    await page.getByRole('radio', { name: new RegExp(role) }).check();
    await page.getByLabel('Dit navn').fill(who.name);
    await page.getByLabel('Din e-mail').fill(who.email);
    await page.getByLabel('Vælg en adgangskode').fill('mit lange kodeord');
    await page.getByRole('checkbox', { name: /Ja, jeg er kvinde/ }).check();
    await page.getByRole('checkbox', { name: /Jeg siger ja/ }).check();
    await page.getByRole('button', { name: 'Opret konto' }).click();
    await expectPage(page, `Hej ${who.name}!`, `my page (${who.name})`);
  }

  const next = (page: Page) => page.getByRole('button', { name: 'Næste' }).click();
  const step = async (page: Page, heading: string) => {
    await page.getByRole('heading', { name: heading }).waitFor();
    await checkAccessibility(page, `the editor step "${heading}"`);
  };

  it('lets a new mentor sign up and asks her to fill in her profile', async () => {
    await register(mentor, 'Jeg vil være mentor', {
      name: 'Karen Holm',
      email: 'karen.holm@example.dk',
    });
    await mentor.getByRole('heading', { name: 'Udfyld din profil' }).waitFor();
    await screenshots(mentor, 'mentor-home-no-profile');
  });

  it('walks her through the profile one step at a time and sends it', async () => {
    await mentor.getByRole('link', { name: 'Udfyld din profil' }).first().click();
    await expectPage(mentor, 'Udfyld din profil', 'the profile editor');
    await mentor.getByText('Trin 1 af 7').waitFor();

    await step(mentor, 'Om dig');
    // A step with missing answers does not move on, and says what is missing.
    await next(mentor);
    await mentor.getByText('Trin 1 af 7').waitFor();
    await screenshots(mentor, 'mentor-editor-errors');
    await mentor
      .getByLabel('En kort overskrift om dig')
      .fill('Sygeplejerske, der kender sundhedsvæsenet');
    await mentor.getByLabel('Din jobtitel').fill('Sygeplejerske');
    await mentor
      .getByLabel('Fortæl om dig selv')
      .fill(
        'Jeg har arbejdet som sygeplejerske i Aarhus i 15 år. Jeg hjælper gerne med ansøgninger.',
      );
    await screenshots(mentor, 'mentor-editor-about');
    await next(mentor);

    await step(mentor, 'Arbejde og uddannelse');
    await mentor.getByLabel('Hvilket fag arbejder du i?').selectOption('health_care');
    await mentor.getByLabel('Hvor mange års erfaring har du fra arbejdslivet?').fill('15');
    await mentor.getByRole('radio', { name: /Bachelor eller professionsbachelor/ }).check();
    await next(mentor);

    await step(mentor, 'Sprog');
    await mentor.locator('#mentor-languages-0-level').selectOption('native');
    await next(mentor);

    await step(mentor, 'Hvor I mødes');
    await mentor.getByLabel('Hvilken kommune bor du i?').selectOption('aarhus');
    await mentor.getByText('Den ligger i Region Midtjylland.').waitFor();
    await mentor.getByRole('radio', { name: /Både ansigt til ansigt og online/ }).check();
    await next(mentor);

    await step(mentor, 'Din tid');
    await mentor.getByRole('radio', { name: '2 gange om måneden' }).check();
    await next(mentor);

    await step(mentor, 'Det kan du hjælpe med');
    await mentor.getByRole('checkbox', { name: 'Jobsøgning' }).check();
    await mentor.getByRole('checkbox', { name: 'Netværk' }).check();
    await next(mentor);

    await step(mentor, 'Lidt mere om dig (frivilligt)');
    await screenshots(mentor, 'mentor-editor-personal');
    await mentor.getByRole('button', { name: 'Send profilen' }).click();

    await expectPage(mentor, 'Din profil', 'her profile after sending');
    await mentor.getByRole('heading', { name: 'Din profil venter på en koordinator' }).waitFor();
    await screenshots(mentor, 'mentor-profile-pending');
  });

  it('keeps her hidden from mentees until a coordinator approves her', async () => {
    const login = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'karen.holm@example.dk', password: 'mit lange kodeord' }),
    });
    mentorId = ((await login.json()) as { user: { id: string } }).user.id;

    await register(mentee, 'Jeg søger en mentor', {
      name: 'Amina Hassan',
      email: 'amina.hassan@example.dk',
    });
    await mentee.goto(`/mentors/${mentorId}`);
    await expectPage(mentee, 'Vi kan ikke finde mentoren', 'the mentor page before approval');
  });

  it('shows the coordinator the new profile in her queue, and she approves it', async () => {
    await admin.goto('/login');
    await expectPage(admin, 'Log ind', 'the login page (coordinator)');
    await admin.getByLabel('Din e-mail').fill(coordinator.email);
    await admin.getByLabel('Din adgangskode').fill(coordinator.password);
    await admin.getByRole('button', { name: 'Log ind', exact: true }).click();
    await expectPage(admin, `Hej ${coordinator.name}!`, 'my page (coordinator)');

    await admin.goto('/admin');
    await expectPage(admin, 'Profiler til godkendelse', 'the moderation queue');
    await admin.getByText('Sygeplejerske, der kender sundhedsvæsenet').first().waitFor();
    await screenshots(admin, 'admin-queue-new-mentor');
    await admin.getByRole('button', { name: 'Godkend profilen for Karen Holm' }).click();
    await admin.getByText('Profilen for Karen Holm er godkendt. Nu kan andre se den.').waitFor();
    await checkAccessibility(admin, 'the moderation queue after approving');
  });

  it('tells the mentor she is approved', async () => {
    await mentor.reload();
    await mentor.getByRole('heading', { name: 'Din profil er godkendt' }).waitFor();
    await checkAccessibility(mentor, 'her approved profile');
  });

  it('shows the mentee the approved profile, with the first name only', async () => {
    await mentee.goto(`/mentors/${mentorId}`);
    await mentee.getByRole('heading', { level: 1 }).filter({ hasText: 'Karen' }).waitFor();
    await checkAccessibility(mentee, 'the public mentor page');
    await mentee.getByText('Sygeplejerske, der kender sundhedsvæsenet').first().waitFor();
    expect(await mentee.locator('main').innerText()).not.toContain('Holm');
    await screenshots(mentee, 'mentor-public-page');
  });

  it('had no uncaught errors in any page', () => {
    expect(pages.flatMap(({ pageErrors }) => pageErrors.map((error) => error.message))).toEqual([]);
  });
});
