import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAccessibility } from './helpers/axe';
import { focusedElement, launchBrowser, openPage, screenshots } from './helpers/browser';

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
    await browser.close();
  });

  const heading = () => page.getByRole('heading', { level: 1 });
  const lang = () => page.evaluate(() => document.documentElement.lang);

  async function expectPage(title: string, label: string) {
    await heading().filter({ hasText: title }).waitFor();
    await checkAccessibility(page, label);
  }

  it('explains the network on the landing page', async () => {
    await page.goto('/');
    await expectPage('Find en mentor, der kan hjælpe dig videre', 'the landing page');
    expect(await lang()).toBe('da');
    expect(await page.title()).toBe('Find en mentor · Mentorbro');
    await page.getByText('I mødes 2-4 gange om måneden.').waitFor();
    await screenshots(page, 'landing');
  });

  it('opens the register form with her role chosen and shows what is missing', async () => {
    await page.getByRole('link', { name: 'Jeg søger en mentor' }).click();
    await expectPage('Opret en konto', 'the register page');
    expect(await page.getByRole('radio', { name: /Jeg søger en mentor/ }).isChecked()).toBe(true);
    // Focus moves to the new page's heading, so a screen reader starts there.
    expect(await focusedElement(page)).toBe('H1');
    await screenshots(page, 'register');

    await page.getByLabel('Vælg en adgangskode').fill('kort');
    await page.getByRole('button', { name: 'Opret konto' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Der er noget, du skal rette' });
    await summary.getByText('Adgangskoden skal have mindst 10 tegn.').waitFor();
    await checkAccessibility(page, 'the register page with errors');
    await screenshots(page, 'register-errors');
  });

  it('creates her account and takes her to her page', async () => {
    await page.getByLabel('Dit navn').fill(mentee.name);
    await page.getByLabel('Din e-mail').fill(mentee.email);
    await page.getByLabel('Vælg en adgangskode').fill(mentee.password);
    await page.getByRole('checkbox', { name: /Jeg siger ja/ }).check();
    await page.getByRole('button', { name: 'Opret konto' }).click();

    await expectPage(`Hej ${mentee.name}!`, 'my page');
    await page.getByText('Her kan du snart finde en mentor.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/my-page');
    await screenshots(page, 'my-page');
  });

  it('logs out', async () => {
    await page.getByRole('button', { name: 'Log ud' }).click();
    await expectPage('Find en mentor, der kan hjælpe dig videre', 'the landing page, logged out');
    await page.goto('/my-page');
    await expectPage('Log ind', 'the login page after a guarded route');
  });

  it('gives a kind message for a wrong password, then logs her in', async () => {
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Log ind' }).click();
    await expectPage('Log ind', 'the login page');
    await screenshots(page, 'login');

    await page.getByLabel('Din e-mail').fill(mentee.email);
    await page.getByLabel('Din adgangskode').fill('forkert kodeord');
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await page.getByText('E-mail eller adgangskode passer ikke. Prøv igen.').waitFor();
    await checkAccessibility(page, 'the login page with a wrong password');

    await page.getByLabel('Din adgangskode').fill(mentee.password);
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await expectPage(`Hej ${mentee.name}!`, 'my page after logging in');
    expect(await lang()).toBe('da');
  });

  it('keeps her logged in across a reload (the refresh cookie, no token in storage)', async () => {
    await page.reload();
    await expectPage(`Hej ${mentee.name}!`, 'my page after a reload');
    const stored = await page.evaluate(() =>
      JSON.stringify(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])),
    );
    expect(stored).not.toMatch(/eyJ/); // no JWT in localStorage
  });

  it('had no uncaught errors in the page', () => {
    expect(pageErrors.map((error) => error.message)).toEqual([]);
  });
});
