import type { Mentorship, MeetingLog } from '@mentorbro/core/mentorship';
import type { StartSurveyView, SurveyInvitation } from '@mentorbro/core/survey';
import type { User } from '@mentorbro/core/user';
import { screen, within } from '@testing-library/vue';
import { vi } from 'vitest';
import { renderAt } from '@/features/requests/test/render-requests';
import { surveysApi } from '@/features/surveys/surveys.api';
import { ApiError } from '@/lib/http';
import { amina } from '@/test/fixtures';
import { mentorshipsApi } from '../mentorships.api';
import { mentorship, mentorshipId } from './mentorships-fixtures';

/**
 * The mentorship page as `user` sees it, with these meetings, the surveys offered to her and
 * the start answers (none by default). Mock auth.api, mentorships.api and surveys.api first.
 */
export async function openMentorship(
  options: {
    user?: User;
    mentorship?: Mentorship;
    logs?: MeetingLog[];
    surveys?: SurveyInvitation[];
    startSurvey?: StartSurveyView;
  } = {},
) {
  vi.mocked(mentorshipsApi.get).mockResolvedValue(options.mentorship ?? mentorship());
  vi.mocked(mentorshipsApi.logs).mockResolvedValue({ items: options.logs ?? [] });
  vi.mocked(surveysApi.list).mockResolvedValue({ items: options.surveys ?? [] });
  if (options.startSurvey) vi.mocked(surveysApi.startSurvey).mockResolvedValue(options.startSurvey);
  else vi.mocked(surveysApi.startSurvey).mockRejectedValue(new ApiError(404, 'not_found', 'None.'));
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
