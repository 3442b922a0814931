import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { checkAccessibility } from './axe';
import { trackVisits } from './visits';

/** Debian's Chromium; playwright cannot download browsers here. CHROMIUM_PATH overrides it. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A phone is the main device: 390 × 844 (an iPhone 12-15 class screen). */
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

export const screenshotDir = join(import.meta.dirname, '..', 'screenshots');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: FLAGS });
}

/**
 * A fresh context (own cookies) on a phone-sized page. Uncaught page errors are collected, with
 * anything the Content-Security-Policy blocked (the journeys run under the production policy,
 * so a new inline style or script fails them), and every path it visits is recorded for
 * assertAllVisitedPagesChecked().
 */
export async function openPage(browser: Browser, baseUrl: string) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: PHONE, locale: 'da-DK' });
  const page = await context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) pageErrors.push(new Error(message.text()));
  });
  trackVisits(page, baseUrl);
  return { context, page, pageErrors };
}

/** Waits for the page whose h1 holds `title`, then checks it with axe-core. */
export async function expectPage(page: Page, title: string, label: string): Promise<void> {
  await page.getByRole('heading', { level: 1 }).filter({ hasText: title }).waitFor();
  await checkAccessibility(page, label);
}

/** Full-page screenshots at phone and desktop width, saved as `<name>-<width>.png`. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  for (const size of [PHONE, DESKTOP]) {
    await page.setViewportSize(size);
    await page.screenshot({
      path: join(screenshotDir, `${name}-${size.width}.png`),
      fullPage: true,
    });
  }
  await page.setViewportSize(PHONE);
}

/** The element that has focus, as `TAG` or `TAG#id`. */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return '';
    return element.id ? `${element.tagName}#${element.id}` : element.tagName;
  });
}
