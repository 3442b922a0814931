import { screen, waitFor } from '@testing-library/vue';
import { expect } from 'vitest';

/** The admin area's live region is always there; what matters is the words put into it. */
export async function announced(text: string): Promise<void> {
  await waitFor(() => {
    expect(screen.getByRole('status')).toHaveTextContent(text);
  });
}

/** The item at `index`, or a clear failure: tests index into rows and lists. */
export function at<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`Nothing at position ${index}`);
  return item;
}
