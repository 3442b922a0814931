import type { Stats } from '@mentorbro/core/stats';
import type { SurveyInvitationList, SurveyToken } from '@mentorbro/core/survey';
import { sampleMenteeProfile, sampleMentorProfile } from '@mentorbro/core/samples';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAccessibility } from './helpers/axe';
import { expectPage, launchBrowser, openPage, screenshots } from './helpers/browser';
import { journeyApi } from './helpers/api';
import { assertAllVisitedPagesChecked } from './helpers/visits';

/**
 * The funders' numbers come from anonymous answers, and never from fewer than five, nor show a
 * share that fewer than five people (or all but fewer than five) gave. Ten mentorships have
 * ended; nine mentees answered their end survey already (through the API), four of them with a
 * job. Five of those answers have left their mixing pool, so the coordinator's dashboard counts
 * five answers but cannot say how many got a job. The tenth mentee answers in
 * her browser, offered the survey on her ended mentorship's page, ticking "job"; once the worker
 * has moved the answers out of their mixing pool (at least five at a time, every 15 s), the
 * dashboard shows ten answers and 50 % with a job.
 * (This file is the only one that sends survey answers into the journeys' shared database.)
 */
describe('a mentee answers her end survey and the coordinator’s dashboard changes', () => {
  const baseUrl = inject('baseUrl');
  const coordinator = inject('admin');
  const password = 'mit lange kodeord';

  const mentor = {
    name: 'Lone Dahl',
    email: 'lone.dahl@example.dk',
    // Nothing like the search journey's nurses (another file, the same database): her words,
    // field and languages never turn up in its results or its filter counts.
    profile: sampleMentorProfile({
      headline: 'Lærer, der hjælper med dansk og uddannelse',
      about: 'Jeg har undervist i dansk i mange år og hjælper gerne med at vælge en uddannelse.',
      jobTitle: 'Lærer',
      field: 'education_childcare',
      languages: [
        { code: 'da', level: 'native' },
        { code: 'en', level: 'C1' },
      ],
      goals: ['job_search', 'danish_practice'],
      capacity: 1,
    }),
  };
  const names = ['Amal Farah', 'Dina Saleh', 'Noor Ali', 'Hiba Karim', 'Yasmin Omar', 'Rana Aziz'];
  const mentees = [...names, 'Leyla Demir', 'Sana Malik', 'Huda Nasser', 'Zainab Musa'].map(
    (name) => ({
      name,
      email: `${name.toLowerCase().replace(' ', '.')}@example.dk`,
      profile: sampleMenteeProfile({ goals: ['job_search'] }),
    }),
  );
  const [last] = mentees.slice(-1);
  if (!last) throw new Error('No mentees.');

  const { api, login, member, approve, startMentorship } = journeyApi(baseUrl, password);
  let browser: Browser;
  let herPage: Page;
  let adminPage: Page;
  let errors: Error[][] = [];
  /** The sessions of the four mentees who answer after the first five have moved. */
  let later: string[] = [];

  /** She asks the mentor, who says yes; both say "let's continue"; she ends it with a job. */
  async function endedMentorship(mentee: (typeof mentees)[number], mentorId: string) {
    const { her, mentorshipId } = await startMentorship(
      mentee.email,
      { email: mentor.email, id: mentorId },
      { message: 'Jeg vil gerne have hjælp til at finde et job i Danmark.', goals: ['job_search'] },
    );
    await api(`/api/mentorships/${mentorshipId}/end`, {
      method: 'POST',
      token: her,
      body: { outcome: 'job' },
    });
    return her;
  }

  /** What the first nine answer, as the survey page sends it: four of them got a job. */
  async function answerThroughApi(token: string, job: boolean) {
    const { items } = await api<SurveyInvitationList>('/api/surveys', { token });
    const survey = items.find((item) => item.form === 'mentee_end');
    if (!survey) throw new Error('No end survey was offered.');
    const once = await api<SurveyToken>(`/api/surveys/${survey.id}/token`, {
      method: 'POST',
      token,
    });
    const outcomes = job ? ['job', 'better_danish'] : ['better_danish'];
    await api('/api/surveys/anonymous', {
      method: 'POST',
      body: { token: once.token, answers: { outcomes, satisfaction: 5 } },
    });
  }

  async function logIn(page: Page, email: string, secret: string, heading: string) {
    await page.goto('/login');
    await expectPage(page, 'Log ind', 'the login page');
    await page.getByLabel('Din e-mail').fill(email);
    await page.getByLabel('Din adgangskode').fill(secret);
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await expectPage(page, heading, 'her first page');
  }

  const answersFigure = () =>
    adminPage
      .getByRole('group', { name: 'Menteernes svar i tal' })
      .or(adminPage.getByLabel('Menteernes svar i tal'));

  beforeAll(async () => {
    const mentorId = await member('mentor', mentor);
    const menteeIds: string[] = [];
    for (const mentee of mentees) menteeIds.push(await member('mentee', mentee));
    await approve(coordinator, [mentorId, ...menteeIds]);
    const tokens: string[] = [];
    for (const mentee of mentees) tokens.push(await endedMentorship(mentee, mentorId));
    // Answers wait in a pool until five can move together. The first five (four with a job)
    // move on the worker's next round; the next four then wait for the tenth.
    for (const [index, token] of tokens.slice(0, 5).entries()) {
      await answerThroughApi(token, index < 4);
    }
    later = tokens.slice(5, 9);
    browser = await launchBrowser();
    const hers = await openPage(browser, baseUrl);
    const admins = await openPage(browser, baseUrl);
    [herPage, adminPage] = [hers.page, admins.page];
    errors = [hers.pageErrors, admins.pageErrors];
  });

  afterAll(async () => {
    try {
      assertAllVisitedPagesChecked(herPage);
      assertAllVisitedPagesChecked(adminPage);
    } finally {
      await browser.close();
    }
  });

  /** The folded table under the outcomes chart, opened; its rows say each share. */
  async function outcomesTable() {
    const name = /Menteernes svar, når forløbet slutter/;
    const folded = adminPage.getByRole('table', { name, includeHidden: true });
    const details = adminPage.locator('details', { has: folded });
    if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
    return adminPage.getByRole('table', { name });
  }

  const jobCell = async () =>
    (await outcomesTable())
      .getByRole('row', { name: /Fik et job/ })
      .getByRole('cell')
      .last();

  it('with four of five who got a job, the dashboard cannot say how many did', async () => {
    const { accessToken } = await login(coordinator.email, coordinator.password);
    const stats = () => api<Stats>('/api/admin/stats', { token: accessToken });
    // The worker's next round moves the first five out of the pool.
    await expect
      .poll(async () => (await stats()).outcomes.answers, { timeout: 60_000, interval: 1_000 })
      .toBe(5);
    // Five answers, four with a job: counted, but the share is not shown.
    expect((await stats()).outcomes.shares.job).toBeNull();
    // Four more answer (no job); fewer than five, they wait in the pool for the next one.
    for (const token of later) await answerThroughApi(token, false);

    await logIn(adminPage, coordinator.email, coordinator.password, `Hej ${coordinator.name}!`);
    await adminPage.goto('/admin/stats');
    await expectPage(adminPage, 'Tal', 'the dashboard');
    expect(await (await jobCell()).textContent()).toContain('For få til at vise');
    await checkAccessibility(adminPage, 'the dashboard with too few answers');
  });

  it('the tenth mentee is offered the survey on her ended mentorship and answers it', async () => {
    const page = herPage;
    await logIn(page, last.email, password, `Hej ${last.name}!`);
    await page.getByRole('navigation').getByRole('link', { name: 'Mit forløb' }).click();
    await expectPage(page, 'Mit mentorforløb', 'her mentorships');
    await page.getByRole('link', { name: 'Se forløbet' }).first().click();
    await page.getByRole('heading', { name: 'Hvordan gik det?' }).waitFor();
    await checkAccessibility(page, 'the ended mentorship with the survey card');
    await page.getByRole('link', { name: 'Svar nu' }).click();
    await page.getByText('Dine svar er anonyme.').first().waitFor();
    await checkAccessibility(page, 'the end survey');
    await screenshots(page, 'survey-end');

    await page.getByLabel('Jeg har fået et job').check();
    await page.getByLabel('Mit dansk er blevet bedre').check();
    await page
      .getByRole('radiogroup', { name: /Hvor godt passede du og din mentor sammen/ })
      .getByLabel('5', { exact: false })
      .first()
      .check();
    await page.getByRole('button', { name: 'Send svar' }).click();
    await page.getByRole('heading', { name: 'Tak! Dine svar er sendt.' }).waitFor();
    await checkAccessibility(page, 'the thank-you');
  });

  it('once the answers leave their pool, the dashboard shows 50 % with a job', async () => {
    // The worker moves waiting answers every 15 s; the page shows them after a reload.
    await expect
      .poll(
        async () => {
          await adminPage.reload();
          await expectPage(adminPage, 'Tal', 'the dashboard after the tenth answer');
          return (await jobCell()).textContent();
        },
        { timeout: 60_000, interval: 3_000 },
      )
      .toContain('50 %');
    await answersFigure().getByText('10', { exact: true }).waitFor();
    await checkAccessibility(adminPage, 'the dashboard with ten answers');
    await screenshots(adminPage, 'dashboard-ten-answers');
    expect(errors.flat()).toEqual([]);
  });
});
