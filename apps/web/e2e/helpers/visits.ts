import type { Page } from 'playwright-core';

interface Visits {
  origin: string;
  /** Every path the tab has shown, in order of first visit. */
  visited: Set<string>;
  /** The paths axe-core has checked. */
  checked: Set<string>;
}

const visitsByPage = new WeakMap<Page, Visits>();

/**
 * Records the path of every page the tab navigates to: full loads and the SPA's
 * history.pushState navigations alike (Playwright's framenavigated fires for both). A path the
 * route guard only passed through, on its way to the login page, counts as visited too.
 */
export function trackVisits(page: Page, baseUrl: string): void {
  const visits: Visits = {
    origin: new URL(baseUrl).origin,
    visited: new Set(),
    checked: new Set(),
  };
  visitsByPage.set(page, visits);
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) return;
    const url = new URL(frame.url());
    if (url.origin === visits.origin) visits.visited.add(url.pathname);
  });
}

/** Notes that axe-core has checked the page at its current path. */
export function markChecked(page: Page): void {
  visitsByPage.get(page)?.checked.add(new URL(page.url()).pathname);
}

/**
 * The rule, "axe-core on every page the journey visits", made a check: call it in
 * afterAll. It fails on any visited path that was never checked.
 */
export function assertAllVisitedPagesChecked(page: Page): void {
  const visits = visitsByPage.get(page);
  if (!visits) throw new Error('This page was not opened with openPage(), so no visits were kept.');
  if (visits.visited.size === 0) throw new Error('The journey visited no page.');
  const unchecked = [...visits.visited].filter((path) => !visits.checked.has(path));
  if (unchecked.length > 0) {
    throw new Error(`Pages visited but never checked with axe-core: ${unchecked.join(', ')}`);
  }
}
