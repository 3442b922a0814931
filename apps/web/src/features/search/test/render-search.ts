import type { User } from '@mentorbro/core/user';
import { screen, within } from '@testing-library/vue';
import { vi } from 'vitest';
import { authApi } from '@/features/auth/auth.api';
import { amina, session } from '@/test/fixtures';
import { renderInApp } from '@/test/render';
import SearchView from '../views/SearchView.vue';

/** The search page at an address, signed in (a mentee unless told). Mock auth.api first. */
export async function renderSearch(route = '/mentors', user: User = amina) {
  vi.mocked(authApi.refresh).mockResolvedValue(session('token', user));
  return renderInApp(SearchView, { route });
}

/** The search page once its first mentors show. */
export async function openSearch(route = '/mentors', user: User = amina) {
  const rendered = await renderSearch(route, user);
  await screen.findAllByRole('article');
  return rendered;
}

/** The live sentence that says how many mentors she found. */
export const status = () => screen.getByRole('status');
export const cards = () => screen.queryAllByRole('article');
/** A mentor's card, found by the link with her name. */
export function card(name: string) {
  const found = cards().find((article) => within(article).queryByRole('link', { name }));
  if (!found) throw new Error(`No card for ${name}`);
  return within(found);
}

/** A call the test answers when it wants to. */
export function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}
