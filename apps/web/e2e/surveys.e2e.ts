import type { Stats } from '@mentorbro/core/stats';
import type { SurveyInvitationList, SurveyToken } from '@mentorbro/core/survey';
import type { Introduction, MatchRequest } from '@mentorbro/core/requests';
import { sampleMenteeProfile, sampleMentorProfile } from '@mentorbro/core/samples';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAccessibility } from './helpers/axe';
import { expectPage, launchBrowser, openPage, screenshots } from './helpers/browser';
import { journeyApi } from './helpers/api';
import { assertAllVisitedPagesChecked } from './helpers/visits';

/**
 * The funders' numbers come from anonymous answers, and never from fewer than five. Five
 * mentorships have ended; four mentees answered their end survey already (through the API), so
 * the coordinator's dashboard says "too few to show". The fifth mentee answers in her browser,
 * offered the survey on her ended mentorship's page, and the dashboard then shows the outcomes.
 * (This file is the only one that sends survey answers into the journeys' shared database.)
 */
describe('a mentee answers her end survey and the coordinator’s dashboard changes', () => {
  const baseUrl = inject('baseUrl');
  const coordinator = inject('admin');
  const password = 'mit lange kodeord';

  const mentor = {
    name: 'Lone Dahl',
    email: 'lone.dahl@example.dk',
    profile: sampleMentorProfile({
      headline: 'Lærer, der hjælper med dansk og uddannelse',
      goals: ['job_search', 'danish_practice'],
      capacity: 1,
    }),
  };
  const mentees = ['Amal Farah', 'Dina Saleh', 'Noor Ali', 'Hiba Karim', 'Yasmin Omar'].map(
    (name) => ({
      name,
      email: `${name.toLowerCase().replace(' ', '.')}@example.dk`,
      profile: sampleMenteeProfile({ goals: ['job_search'] }),
    }),
  );
  const [last] = mentees.slice(-1);
  if (!last) throw new Error('No mentees.');

  const { api, login, member, approve } = journeyApi(baseUrl, password);
  let browser: Browser;
  let herPage: Page;
  let adminPage: Page;
  let errors: Error[][] = [];

  /** She asks the mentor, who says yes; both say "let's continue"; she ends it with a job. */
  async function endedMentorship(mentee: (typeof mentees)[number], mentorId: string) {
    const her = (await login(mentee.email)).accessToken;
    const theirs = (await login(mentor.email)).accessToken;
    const request = await api<MatchRequest>('/api/requests', {
      method: 'POST',
      token: her,
      body: {
        mentorId,
        message: 'Jeg vil gerne have hjælp til at finde et job i Danmark.',
        goals: ['job_search'],
        contact: { email: true },
      },
    });
    const accepted = await api<MatchRequest>(`/api/requests/${request.id}/accept`, {
      method: 'POST',
      token: theirs,
      body: { contact: { email: true } },
    });
    const introduction = `/api/introductions/${accepted.introductionId ?? ''}/confirm`;
    await api(introduction, { method: 'POST', token: her });
    const started = await api<Introduction>(introduction, { method: 'POST', token: theirs });
    await api(`/api/mentorships/${started.mentorshipId ?? ''}/end`, {
      method: 'POST',
      token: her,
      body: { outcome: 'job' },
    });
    return her;
  }

  /** What one of the first four answers, as the survey page sends it. */
  async function answerThroughApi(token: string) {
    const { items } = await api<SurveyInvitationList>('/api/surveys', { token });
    const survey = items.find((item) => item.form === 'mentee_end');
    if (!survey) throw new Error('No end survey was offered.');
    const once = await api<SurveyToken>(`/api/surveys/${survey.id}/token`, {
      method: 'POST',
      token,
    });
    await api('/api/surveys/anonymous', {
      method: 'POST',
      body: { token: once.token, answers: { outcomes: ['job', 'better_danish'], satisfaction: 5 } },
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
    for (const [index, mentee] of mentees.entries()) {
      const token = await endedMentorship(mentee, mentorId);
      if (index < 4) await answerThroughApi(token);
    }
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

  it('with four answers, the dashboard shows no outcome numbers: too few to show', async () => {
    const { accessToken } = await login(coordinator.email, coordinator.password);
    const stats = await api<Stats>('/api/admin/stats', { token: accessToken });
    expect(stats.outcomes.answers).toBeNull();

    await logIn(adminPage, coordinator.email, coordinator.password, `Hej ${coordinator.name}!`);
    await adminPage.goto('/admin/stats');
    await expectPage(adminPage, 'Tal', 'the dashboard');
    await answersFigure().getByText('For få til at vise').first().waitFor();
    await checkAccessibility(adminPage, 'the dashboard with too few answers');
  });

  it('the fifth mentee is offered the survey on her ended mentorship and answers it', async () => {
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

  it('the dashboard now shows the outcomes of five answers', async () => {
    await adminPage.reload();
    await expectPage(adminPage, 'Tal', 'the dashboard after the fifth answer');
    await answersFigure().getByText('5', { exact: true }).waitFor();
    // All five got a job and better Danish: 100 %. The table is under the chart, folded.
    const table = adminPage.getByRole('table', { name: /Menteernes svar, når forløbet slutter/ });
    const folded = adminPage.getByRole('table', {
      name: /Menteernes svar, når forløbet slutter/,
      includeHidden: true,
    });
    await adminPage.locator('details', { has: folded }).locator('summary').click();
    await table
      .getByRole('row', { name: /Fik et job/ })
      .getByText('100 %')
      .waitFor();
    await checkAccessibility(adminPage, 'the dashboard with five answers');
    await screenshots(adminPage, 'dashboard-five-answers');
    expect(errors.flat()).toEqual([]);
  });
});
