import { sampleMenteeProfile, sampleMentorProfile } from '@mentorbro/core/samples';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAccessibility } from './helpers/axe';
import { expectPage, launchBrowser, openPage, screenshots } from './helpers/browser';
import { journeyApi } from './helpers/api';
import { assertAllVisitedPagesChecked } from './helpers/visits';

/**
 * From "I found her" to a mentorship that ends well, with no coordinator in the loop: a mentee
 * searches, asks a mentor with the three short prompts, the mentor says yes, they meet, both
 * say "let's continue" on the introduction page, both write down a meeting, and she ends it
 * with the outcome she hoped for. The two members are set up through the
 * API (their profiles approved as in the queue); each then uses her own browser tab.
 */
describe('a mentee asks, the mentor says yes, they meet, log meetings and end well', () => {
  const baseUrl = inject('baseUrl');
  const coordinator = inject('admin');
  const password = 'mit lange kodeord';

  const mentor = {
    name: 'Hanne Kjær',
    email: 'hanne.kjaer@example.dk',
    profile: sampleMentorProfile({
      headline: 'Bogholder, der hjælper med CV og jobsamtaler',
      about:
        'Jeg har arbejdet som bogholder i 20 år i Aarhus. Jeg hjælper gerne med CV, ansøgninger og at forstå en dansk arbejdsplads.',
      jobTitle: 'Bogholder',
      field: 'finance',
      goals: ['job_search', 'danish_practice', 'work_culture'],
      capacity: 1,
    }),
  };
  const mentee = {
    name: 'Samira Yusuf',
    email: 'samira.yusuf@example.dk',
    profile: sampleMenteeProfile({
      goals: ['job_search', 'danish_practice'],
      desiredFields: ['finance'],
    }),
  };

  let browser: Browser;
  let herPage: Page;
  let mentorPage: Page;
  let errors: Error[][] = [];

  const { member, approve } = journeyApi(baseUrl, password);

  async function logIn(page: Page, email: string, name: string) {
    await page.goto('/login');
    await expectPage(page, 'Log ind', 'the login page');
    await page.getByLabel('Din e-mail').fill(email);
    await page.getByLabel('Din adgangskode').fill(password);
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await expectPage(page, `Hej ${name}!`, 'her page');
  }

  beforeAll(async () => {
    const ids = [await member('mentor', mentor), await member('mentee', mentee)];
    await approve(coordinator, ids);
    browser = await launchBrowser();
    // Two tabs with their own cookies: she and her mentor, each signed in as herself.
    const hers = await openPage(browser, baseUrl);
    const theirs = await openPage(browser, baseUrl);
    [herPage, mentorPage] = [hers.page, theirs.page];
    errors = [hers.pageErrors, theirs.pageErrors];
  });

  afterAll(async () => {
    try {
      assertAllVisitedPagesChecked(herPage);
      assertAllVisitedPagesChecked(mentorPage);
    } finally {
      await browser.close();
    }
  });

  it('she finds the mentor and asks her, answering three short questions', async () => {
    const page = herPage;
    await logIn(page, mentee.email, mentee.name);
    await page.getByRole('navigation').getByRole('link', { name: 'Find en mentor' }).click();
    await expectPage(page, 'Find en mentor', 'the search page');
    await page.getByLabel('Søg efter ord').fill('bogholder');
    await page.getByRole('button', { name: 'Søg', exact: true }).click();
    await page.getByRole('article', { name: 'Hanne' }).getByRole('link', { name: 'Hanne' }).click();
    await expectPage(page, 'Hanne', 'the mentor’s page');

    await page
      .getByLabel('Hvad håber du, at Hanne kan hjælpe dig med?')
      .fill('Jeg vil gerne have et job som bogholder i Danmark.');
    await page.getByLabel('Hvad har du gjort indtil nu?').fill('Jeg har skrevet mit CV.');
    await page.getByLabel('Hvordan vil du helst mødes?').fill('På en café i Aarhus.');
    await page
      .getByRole('group', { name: 'Hvad vil du have hjælp til?' })
      .getByLabel('Jobsøgning')
      .check();
    await page.getByRole('button', { name: 'Send til Hanne' }).click();
    await page.getByRole('heading', { name: 'Sendt!' }).waitFor();
    await screenshots(page, 'journey-request-sent');

    await page.getByRole('link', { name: 'Se mine forespørgsler' }).first().click();
    await expectPage(page, 'Mine forespørgsler', 'my requests');
    await page.getByText('Venter på svar').waitFor();
  });

  it('the mentor reads it and says yes, sharing her phone number', async () => {
    const page = mentorPage;
    await logIn(page, mentor.email, mentor.name);
    await page.getByRole('navigation').getByRole('link', { name: 'Forespørgsler' }).click();
    await expectPage(page, 'Forespørgsler til mig', 'requests for me');
    await page.getByText('Jeg vil gerne have et job som bogholder i Danmark.').waitFor();
    await page.getByRole('button', { name: 'Sig ja til Samira' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vil du sige ja til Samira?' });
    await dialog.getByLabel('Mit telefonnummer (hvis du vil)').fill('+45 40 50 60 70');
    await dialog.getByRole('button', { name: 'Ja, jeg vil mødes med Samira' }).click();
    await page.getByRole('link', { name: 'Åbn introduktionen med Samira' }).first().click();
    await expectPage(page, 'Samira og Hanne', 'the introduction, for the mentor');
    // Her contact details, now that she said yes.
    await page.getByRole('link', { name: mentee.email }).waitFor();
  });

  it('after meeting, both say "let’s continue", and the mentorship begins', async () => {
    await mentorPage.getByRole('button', { name: 'Vi har mødtes: lad os fortsætte' }).click();
    await mentorPage.getByText('Nu venter vi på svar fra Samira').waitFor();

    const page = herPage;
    await page.reload();
    await expectPage(page, 'Mine forespørgsler', 'my requests, answered');
    await page.getByRole('link', { name: 'Åbn introduktionen med Hanne' }).click();
    await expectPage(page, 'Samira og Hanne', 'the introduction, for the mentee');
    await page.getByRole('link', { name: '+45 40 50 60 70' }).waitFor();
    await page.getByRole('button', { name: 'Vi har mødtes: lad os fortsætte' }).click();
    await page.getByRole('heading', { name: 'Jeres mentorforløb er begyndt' }).waitFor();
    await screenshots(page, 'journey-mentorship-begun');
  });

  /** She writes down a meeting on the mentorship page: date today, minutes, what they did. */
  async function logMeeting(page: Page, topic: string, notes: string) {
    await page.getByLabel('Hvor mange minutter?').fill('60');
    await page.getByRole('group', { name: 'Hvad talte I om?' }).getByLabel(topic).check();
    await page.getByLabel('Noter (hvis du vil)').fill(notes);
    await page.getByRole('button', { name: 'Gem mødet' }).click();
    await page.getByText(notes).waitFor();
  }

  it('both write down their first meeting', async () => {
    await herPage.getByRole('link', { name: 'Åbn jeres mentorforløb' }).click();
    await expectPage(herPage, 'Samira og Hanne', 'the mentorship, for the mentee');
    await logMeeting(herPage, 'CV', 'Vi kiggede på mit CV sammen.');

    const page = mentorPage;
    await page.getByRole('navigation').getByRole('link', { name: 'Mit forløb' }).click();
    await expectPage(page, 'Mit mentorforløb', 'my mentorships, for the mentor');
    await page.getByRole('link', { name: 'Åbn forløbet' }).first().click();
    await expectPage(page, 'Samira og Hanne', 'the mentorship, for the mentor');
    await page.getByText('Vi kiggede på mit CV sammen.').waitFor();
    await logMeeting(page, 'Tale dansk', 'Vi øvede en jobsamtale på dansk.');
    await screenshots(page, 'journey-meetings-logged');
  });

  it('she ends the mentorship: she got a job', async () => {
    const page = herPage;
    await page.reload();
    await expectPage(page, 'Samira og Hanne', 'the mentorship, after both logged');
    await page.getByText('Vi øvede en jobsamtale på dansk.').waitFor();
    await page.getByRole('button', { name: 'Afslut forløbet' }).click();
    await page.getByLabel('Jeg har fået et job').check();
    await page.getByRole('button', { name: 'Næste' }).click();
    await page.getByRole('button', { name: 'Ja, afslut forløbet' }).click();
    await page.getByRole('heading', { name: 'Forløbet er slut' }).waitFor();
    await checkAccessibility(page, 'the ended mentorship');
    await screenshots(page, 'journey-mentorship-ended');
    expect(errors.flat()).toEqual([]);
  });
});
