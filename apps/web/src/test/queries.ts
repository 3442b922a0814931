import { screen, waitFor, within } from '@testing-library/vue';
import { expect } from 'vitest';

/**
 * The error summary as a screen reader meets it after a failed submit: it has focus, and its
 * heading comes first. It has no role="alert", so tests find it the way she does, by focus.
 */
export async function focusedErrorSummary(): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name: 'Der er noget, du skal rette:' });
  const summary = heading.parentElement;
  if (!summary) throw new Error('The summary heading has no container');
  await waitFor(() => {
    expect(document.activeElement).toBe(summary);
  });
  expect(summary).not.toHaveAttribute('role');
  return summary;
}

/** The links in the focused error summary, in order. */
export async function summaryLinks(): Promise<HTMLElement[]> {
  return within(await focusedErrorSummary()).getAllByRole('link');
}
