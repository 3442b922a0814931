import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAccessibility } from './helpers/axe';
import {
  expectPage,
  focusedElement,
  launchBrowser,
  openPage,
  screenshots,
} from './helpers/browser';
import { assertAllVisitedPagesChecked } from './helpers/visits';

/** A mentee finds the network, signs up, logs out, logs in again and sees her page, in Danish. */
describe('a mentee registers, logs out and logs in again', () => {
  let browser: Browser;
  let page: Page;
  let pageErrors: Error[];
  const mentee = { name: 'Amina Hassan', email: 'amina@example.dk', password: 'mit lange kodeord' };

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page, pageErrors } = await openPage(browser, inject('baseUrl')));
  });

  afterAll(async () => {
    try {
      assertAllVisitedPagesChecked(page);
    } finally {
      await browser.close();
    }
  });

  const lang = () => page.evaluate(() => document.documentElement.lang);

  it('explains the network on the landing page', async () => {
    await page.goto('/');
    await expectPage(page, 'Find en mentor, der kan hjælpe dig videre', 'the landing page');
    expect(await lang()).toBe('da');
    expect(await page.title()).toBe('Find en mentor · Mentorbro');
    await page.getByText('I mødes 2-4 gange om måneden.').waitFor();
    await screenshots(page, 'landing');
  });

  it('opens the register form with her role chosen and shows what is missing', async () => {
    await page.getByRole('link', { name: 'Jeg søger en mentor' }).click();
    await expectPage(page, 'Opret en konto', 'the register page');
    expect(await page.getByRole('radio', { name: /Jeg søger en mentor/ }).isChecked()).toBe(true);
    // Focus moves to the new page's heading, so a screen reader starts there.
    expect(await focusedElement(page)).toBe('H1');
    await screenshots(page, 'register');

    await page.getByLabel('Vælg en adgangskode').fill('kort');
    await page.getByRole('button', { name: 'Opret konto' }).click();
    // The summary takes focus (no role="alert", so it is read once), and starts with a heading.
    const summary = page.locator('#register-summary');
    await summary.getByRole('heading', { name: 'Der er noget, du skal rette:' }).waitFor();
    await summary.getByRole('link', { name: 'Adgangskoden skal have mindst 10 tegn.' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'register-summary');
    expect(await summary.getAttribute('role')).toBeNull();
    await checkAccessibility(page, 'the register page with errors');
    await screenshots(page, 'register-errors');
  });

  it('creates her account and takes her to her page', async () => {
    await page.getByLabel('Dit navn').fill(mentee.name);
    await page.getByLabel('Din e-mail').fill(mentee.email);
    await page.getByLabel('Vælg en adgangskode').fill(mentee.password);
    // The default programme is for women only: she says so herself (no proof asked).
    await page.getByRole('checkbox', { name: 'Ja, jeg er kvinde' }).check();
    await page.getByRole('checkbox', { name: /Jeg siger ja/ }).check();
    await page.getByRole('button', { name: 'Opret konto' }).click();

    await expectPage(page, `Hej ${mentee.name}!`, 'my page');
    await page.getByText('Her finder du en mentor, der passer til dine mål.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/my-page');
    await screenshots(page, 'my-page');
  });

  it('logs out', async () => {
    await page.getByRole('button', { name: 'Log ud' }).click();
    await expectPage(
      page,
      'Find en mentor, der kan hjælpe dig videre',
      'the landing page, logged out',
    );
    await page.goto('/my-page');
    await expectPage(page, 'Log ind', 'the login page after a guarded route');
  });

  it('gives a kind message for a wrong password, then logs her in', async () => {
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Log ind' }).click();
    await expectPage(page, 'Log ind', 'the login page');
    await screenshots(page, 'login');

    await page.getByLabel('Din e-mail').fill(mentee.email);
    await page.getByLabel('Din adgangskode').fill('forkert kodeord');
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await page.getByText('E-mail eller adgangskode passer ikke. Prøv igen.').waitFor();
    await checkAccessibility(page, 'the login page with a wrong password');

    await page.getByLabel('Din adgangskode').fill(mentee.password);
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await expectPage(page, `Hej ${mentee.name}!`, 'my page after logging in');
    expect(await lang()).toBe('da');
  });

  it('keeps her logged in across a reload (the refresh cookie, no token in storage)', async () => {
    await page.reload();
    await expectPage(page, `Hej ${mentee.name}!`, 'my page after a reload');
    const stored = await page.evaluate(() =>
      JSON.stringify(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])),
    );
    expect(stored).not.toMatch(/eyJ/); // no JWT in localStorage
  });

  it('had no uncaught errors in the page', () => {
    expect(pageErrors.map((error) => error.message)).toEqual([]);
  });
});
