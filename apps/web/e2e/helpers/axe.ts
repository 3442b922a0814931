import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { markChecked } from './visits';

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.1 A and AA, plus best practices) on the page as it is now and fails
 * on serious or critical violations; minor and moderate ones are printed for a human to judge.
 */
export async function checkAccessibility(page: Page, label: string): Promise<void> {
  // Evaluated through the DevTools protocol, so a strict CSP on the page does not block it.
  if (!(await page.evaluate(() => window.axe !== undefined))) {
    await page.evaluate(axe.source);
  }
  const violations: Violation[] = await page.evaluate(async () => {
    if (!window.axe) throw new Error('axe-core did not load');
    const results = await window.axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });

  const describe = (v: Violation) =>
    `  [${v.impact ?? '?'}] ${v.id}: ${v.help}\n    ${v.targets.join('\n    ')}`;
  const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const other = violations.filter((v) => !blocking.includes(v));
  if (other.length > 0) {
    console.warn(`axe on ${label}, not blocking:\n${other.map(describe).join('\n')}`);
  }
  if (blocking.length > 0) {
    throw new Error(
      `axe on ${label}: serious or critical violations\n${blocking.map(describe).join('\n')}`,
    );
  }
  markChecked(page);
}
