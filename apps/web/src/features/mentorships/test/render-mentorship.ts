import type { Mentorship, MeetingLog } from '@mentorbro/core/mentorship';
import type { User } from '@mentorbro/core/user';
import { screen, within } from '@testing-library/vue';
import { vi } from 'vitest';
import { renderAt } from '@/features/requests/test/render-requests';
import { amina } from '@/test/fixtures';
import { mentorshipsApi } from '../mentorships.api';
import { mentorship, mentorshipId } from './mentorships-fixtures';

/** The mentorship page as `user` sees it, with these meetings. Mock auth.api and mentorships.api first. */
export async function openMentorship(
  options: { user?: User; mentorship?: Mentorship; logs?: MeetingLog[] } = {},
) {
  vi.mocked(mentorshipsApi.get).mockResolvedValue(options.mentorship ?? mentorship());
  vi.mocked(mentorshipsApi.logs).mockResolvedValue({ items: options.logs ?? [] });
  const rendered = await renderAt(`/mentorships/${mentorshipId}`, options.user ?? amina);
  await screen.findByRole('heading', { level: 1, name: 'Amina og Sara' });
  return rendered;
}

/** A section of the page, by its heading. */
export const section = (name: string | RegExp) => within(screen.getByRole('region', { name }));

/** The element around a heading (its form, its confirmation box), or a clear failure. */
export function around(element: HTMLElement): HTMLElement {
  const parent = element.parentElement;
  if (!parent) throw new Error('The element has no parent');
  return parent;
}
