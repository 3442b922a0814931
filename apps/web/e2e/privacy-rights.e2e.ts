import { readFile } from 'node:fs/promises';
import type { PersonalData } from '@mentorbro/core/privacy';
import { sampleMenteeProfile, sampleMentorProfile } from '@mentorbro/core/samples';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAccessibility } from './helpers/axe';
import { expectPage, launchBrowser, openPage, screenshots } from './helpers/browser';
import { journeyApi } from './helpers/api';
import { assertAllVisitedPagesChecked } from './helpers/visits';

/**
 * Her rights, as she would use them: she reads the privacy page without an account, downloads
 * everything held about her, and deletes her account in the middle of a mentorship. Her mentor
 * then sees "Slettet bruger" where her name was, and she cannot log in again.
 */
describe('a mentee reads what is kept about her, takes a copy and deletes her account', () => {
  const baseUrl = inject('baseUrl');
  const coordinator = inject('admin');
  const password = 'mit lange kodeord';
  const mentor = {
    name: 'Grethe Krogh',
    email: 'grethe.krogh@example.dk',
    // Nothing like the other journeys' mentors (one shared database, any order of files).
    profile: sampleMentorProfile({
      headline: 'Revisor, der hjælper med budget og skat',
      about: 'Jeg arbejder med regnskab og hjælper gerne med at forstå skat og økonomi i Danmark.',
      jobTitle: 'Revisor',
      field: 'finance',
      languages: [{ code: 'da', level: 'native' }],
      goals: ['work_culture'],
      capacity: 1,
    }),
  };
  const mentee = {
    name: 'Samira Haddad',
    email: 'samira.haddad@example.dk',
    profile: sampleMenteeProfile({ goals: ['work_culture'] }),
  };
  const { login, member, approve, startMentorship } = journeyApi(baseUrl, password);
  let browser: Browser;
  let herPage: Page;
  let mentorPage: Page;
  let errors: Error[][] = [];
  let mentorshipId = '';

  async function logIn(page: Page, email: string, heading: string) {
    await page.goto('/login');
    await expectPage(page, 'Log ind', 'the login page');
    await page.getByLabel('Din e-mail').fill(email);
    await page.getByLabel('Din adgangskode').fill(password);
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await expectPage(page, heading, 'her first page');
  }

  beforeAll(async () => {
    const mentorId = await member('mentor', mentor);
    const menteeId = await member('mentee', mentee);
    await approve(coordinator, [mentorId, menteeId]);
    ({ mentorshipId } = await startMentorship(
      mentee.email,
      { email: mentor.email, id: mentorId },
      {
        message: 'Jeg vil gerne lære, hvordan man laver et budget i Danmark.',
        goals: ['work_culture'],
      },
    ));

    browser = await launchBrowser();
    const hers = await openPage(browser, baseUrl);
    const mentors = await openPage(browser, baseUrl);
    [herPage, mentorPage] = [hers.page, mentors.page];
    errors = [hers.pageErrors, mentors.pageErrors];
  });

  afterAll(async () => {
    try {
      assertAllVisitedPagesChecked(herPage);
      assertAllVisitedPagesChecked(mentorPage);
    } finally {
      await browser.close();
    }
  });

  it('the privacy page is there before she has an account, in Danish and English', async () => {
    const page = herPage;
    await page.goto('/');
    await page
      .getByRole('link', { name: /Privatliv/ })
      .first()
      .click();
    await expectPage(page, 'Privatliv: dine data i Mentorbro', 'the privacy page');
    for (const heading of ['Det gemmer vi', 'Hvem kan se hvad', 'Dine rettigheder']) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    await screenshots(page, 'privacy');
    await page.getByRole('button', { name: 'English' }).click();
    await expectPage(page, 'Privacy: your data in Mentorbro', 'the privacy page in English');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await expectPage(page, 'Privatliv: dine data i Mentorbro', 'the privacy page in Danish');
  });

  it('she downloads everything kept about her as a file', async () => {
    const page = herPage;
    await logIn(page, mentee.email, `Hej ${mentee.name}!`);
    await page.goto('/settings');
    await expectPage(page, 'Indstillinger', 'her settings');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent mine data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mentorbro-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile(await download.path(), 'utf8')) as PersonalData;
    expect(data.account.email).toBe(mentee.email);
    expect(JSON.stringify(data)).not.toContain(mentor.email);
    await page.getByText(/er hentet/).waitFor();
  });

  it('a wrong password deletes nothing; the right one deletes her account', async () => {
    const page = herPage;
    await page.getByRole('button', { name: 'Slet min konto' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vil du slette din konto?' });
    await dialog.waitFor();
    await checkAccessibility(page, 'the delete dialog');
    await dialog.getByLabel('Skriv din adgangskode').fill('ikke mit kodeord');
    await dialog.getByRole('button', { name: 'Slet min konto' }).click();
    await dialog
      .getByRole('alert')
      .getByText(/Adgangskoden passer ikke/)
      .waitFor();
    await screenshots(page, 'privacy-delete-dialog');

    await dialog.getByLabel('Skriv din adgangskode').fill(password);
    await dialog.getByRole('button', { name: 'Slet min konto' }).click();
    await page.getByText('Din konto er slettet.', { exact: false }).waitFor();
    await checkAccessibility(page, 'the front page after deleting her account');
    await page.reload();
    await page.getByRole('link', { name: 'Log ind' }).first().waitFor();
    await expect(login(mentee.email)).rejects.toThrow(/401/);
  });

  it('her mentor sees the mentorship ended by a deleted user, with no name', async () => {
    const page = mentorPage;
    await logIn(page, mentor.email, `Hej ${mentor.name}!`);
    await page.goto(`/mentorships/${mentorshipId}`);
    await page.getByText('Den anden har slettet sin konto.').waitFor();
    await checkAccessibility(page, 'the mentorship with a deleted mentee');
    const text = await page.locator('main').textContent();
    expect(text).toContain('Slettet bruger');
    expect(text).not.toContain('Samira');
    await screenshots(page, 'privacy-deleted-member');
    expect(errors.flat().map((error) => error.message)).toEqual([]);
  });
});
