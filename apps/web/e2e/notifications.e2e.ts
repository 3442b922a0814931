import { sampleMenteeProfile, sampleMentorProfile } from '@mentorbro/core/samples';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { journeyApi } from './helpers/api';
import { expectPage, launchBrowser, openPage, screenshots } from './helpers/browser';
import { assertAllVisitedPagesChecked } from './helpers/visits';

/**
 * A mentor is signed in when a mentee asks her: the bell in her header counts one more without
 * a reload, the list says who asks in words, and following it takes her to the request and
 * lowers the count. Her settings page and the header's language switch save her language, so
 * her emails follow it. The mentee asks through the API; the mentor uses her own browser tab.
 */
describe('a mentor sees a new request in her notifications', () => {
  const baseUrl = inject('baseUrl');
  const coordinator = inject('admin');
  const password = 'mit lange kodeord';

  const mentor = {
    name: 'Birgitte Lund',
    email: 'birgitte.lund@example.dk',
    profile: sampleMentorProfile({
      headline: 'Sygeplejerske, der hjælper med at finde vej i sundhedsvæsenet',
      goals: ['job_search', 'work_culture'],
    }),
  };
  const mentee = {
    name: 'Leila Haddad',
    email: 'leila.haddad@example.dk',
    profile: sampleMenteeProfile({ goals: ['job_search'] }),
  };

  const { api, login, member, approve } = journeyApi(baseUrl, password);
  let browser: Browser;
  let page: Page;
  let pageErrors: Error[] = [];
  let mentorId = '';
  /** Her unread count before the mentee asks. */
  let before = 0;

  const bell = () => page.getByRole('banner').getByRole('link', { name: /^Notifikationer/ });

  /** The count in the bell's name: "Notifikationer, 3 ulæste", or plain "Notifikationer". */
  async function bellCount(): Promise<number> {
    const name = (await bell().textContent()) ?? '';
    return Number(/(\d+) ulæst/.exec(name)?.[1] ?? 0);
  }

  async function waitForCount(count: number) {
    const name = count === 0 ? /^Notifikationer$/ : new RegExp(`^Notifikationer, ${count} ulæst`);
    await page.getByRole('banner').getByRole('link', { name }).waitFor();
  }

  beforeAll(async () => {
    mentorId = await member('mentor', mentor);
    await approve(coordinator, [mentorId, await member('mentee', mentee)]);
    browser = await launchBrowser();
    const opened = await openPage(browser, baseUrl);
    page = opened.page;
    pageErrors = opened.pageErrors;
  });

  afterAll(async () => {
    try {
      assertAllVisitedPagesChecked(page);
    } finally {
      await browser.close();
    }
  });

  it('she logs in and the bell shows how many are unread', async () => {
    await page.goto('/login');
    await expectPage(page, 'Log ind', 'the login page');
    await page.getByLabel('Din e-mail').fill(mentor.email);
    await page.getByLabel('Din adgangskode').fill(password);
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await expectPage(page, 'Hej Birgitte Lund!', 'her page');
    // The approval of her profile told her already; the first count arrives after the page.
    await page
      .getByRole('banner')
      .getByRole('link', { name: /^Notifikationer, \d+ ulæst/ })
      .waitFor();
    before = await bellCount();
    expect(before).toBeGreaterThan(0);
  });

  it('a mentee asks her, and the bell counts one more without a reload', async () => {
    const { accessToken } = await login(mentee.email);
    await api('/api/requests', {
      method: 'POST',
      token: accessToken,
      body: {
        mentorId,
        message: 'Jeg er sygeplejerske fra Syrien og vil gerne arbejde på et dansk hospital.',
        goals: ['job_search'],
        contact: { email: true },
      },
    });

    // A page change in the app asks for the count again.
    await page.getByRole('navigation').getByRole('link', { name: 'Indstillinger' }).click();
    await expectPage(page, 'Indstillinger', 'the settings page');
    await waitForCount(before + 1);
    await screenshots(page, 'settings');
  });

  it('the list says who asks; following it opens the request and lowers the count', async () => {
    await bell().click();
    await expectPage(page, 'Notifikationer', 'the notifications');
    const item = page.getByRole('article', { name: /Leila spørger/ });
    await item.getByText('Ny', { exact: true }).waitFor();
    await screenshots(page, 'notifications');

    await item.getByRole('link', { name: 'Leila spørger, om du vil være hendes mentor' }).click();
    await expectPage(page, 'Forespørgsler til mig', 'requests for me');
    expect(new URL(page.url()).pathname).toBe('/requests-for-me');
    await waitForCount(before);
  });

  it('her settings and the language switch save the language of her emails', async () => {
    const { accessToken } = await login(mentor.email);
    const settings = () =>
      api<{ locale: string; emailTips: boolean }>('/api/me/settings', { token: accessToken });

    await page.getByRole('navigation').getByRole('link', { name: 'Indstillinger' }).click();
    await expectPage(page, 'Indstillinger', 'the settings page, again');
    await page.getByLabel('Send mig e-mails med tips og forslag').uncheck();
    await page.getByRole('button', { name: 'Gem indstillinger' }).click();
    await page.getByText('Dine indstillinger er gemt.').waitFor();
    expect(await settings()).toEqual({ locale: 'da', emailTips: false });

    await page.getByRole('button', { name: 'English' }).click();
    await expectPage(page, 'Settings', 'the settings page in English');
    await expect.poll(async () => (await settings()).locale).toBe('en');
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
