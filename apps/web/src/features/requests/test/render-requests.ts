import type { User } from '@mentorbro/core/user';
import { screen, waitFor } from '@testing-library/vue';
import { expect, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { RouterView } from 'vue-router';
import { authApi } from '@/features/auth/auth.api';
import { session } from '@/test/fixtures';
import { renderInApp } from '@/test/render';

/** The app's RouterView at an address, signed in as `user`. Mock auth.api first. */
export async function renderAt(route: string, user: User) {
  vi.mocked(authApi.refresh).mockResolvedValue(session('token', user));
  const shell = defineComponent(() => () => h(RouterView));
  const rendered = await renderInApp(shell, { route });
  // The route's view and its texts load lazily.
  await screen.findByRole('heading', { level: 1 });
  return rendered;
}

/** The page's live region says this (it is always there; what matters is the words). */
export async function announced(text: string): Promise<void> {
  await waitFor(() => {
    expect(screen.getAllByRole('status').some((region) => region.textContent.includes(text))).toBe(
      true,
    );
  });
}

/** Waits until focus is on the element. */
export async function focusIsOn(element: HTMLElement): Promise<void> {
  await waitFor(() => {
    expect(document.activeElement).toBe(element);
  });
}
