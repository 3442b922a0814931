import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import { screen, waitFor, within } from '@testing-library/vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coordinator } from '@/features/admin/test/admin-fixtures';
import { saraMentor } from '@/features/requests/test/requests-fixtures';
import { surveysApi } from '@/features/surveys/surveys.api';
import { invitation } from '@/features/surveys/test/surveys-fixtures';
import { atNow, mentorship, mentorshipId } from '../test/mentorships-fixtures';
import { around, openMentorship, section } from '../test/render-mentorship';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('../mentorships.api', async () =>
  (await import('../test/mentorships-api-mock')).mentorshipsApiMock(),
);
vi.mock('@/features/surveys/surveys.api', async () =>
  (await import('@/features/surveys/test/surveys-api-mock')).surveysApiMock(),
);

beforeEach(atNow);
afterEach(() => {
  vi.useRealTimers();
});

const ended = () => mentorship({ status: 'completed', endedAt: '2025-06-09T10:00:00.000Z' });

/** A member's two survey requests have been answered, so whatever they bring is on the page. */
async function surveysRead() {
  await waitFor(() => {
    expect(surveysApi.list).toHaveBeenCalled();
    expect(surveysApi.startSurvey).toHaveBeenCalled();
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const startAnswers = {
  status: 'answered' as const,
  definition: DEFAULT_SURVEYS.mentee_start,
  answers: { challenges: ['language', 'confidence'], main_goal: 'job', belief: 3 },
};

describe('MentorshipView: the surveys', () => {
  it('offers the mentee her open start survey about this mentorship', async () => {
    await openMentorship({ surveys: [invitation('mentee_start')] });

    const heading = await screen.findByRole('heading', { name: 'Fortæl os, hvor du står nu' });
    expect(heading).toBeVisible();
    const offer = section('Fortæl os, hvor du står nu');
    expect(offer.getByText('Kun 3 korte spørgsmål. Din mentor kan se dine svar.')).toBeVisible();
    expect(offer.getByRole('link', { name: 'Svar nu' })).toHaveAttribute(
      'href',
      `/surveys/${invitation('mentee_start').id}`,
    );
    // Nothing else on the page waits for it.
    expect(screen.getByRole('region', { name: 'Skriv om et møde' })).toBeVisible();
  });

  it('shows no card for a survey about another mentorship, or one already answered', async () => {
    await openMentorship({
      surveys: [
        invitation('mentee_start', { mentorshipId: 'c0000000-0000-4000-8000-000000000099' }),
        invitation('mentee_end', { status: 'answered' }),
      ],
    });
    await surveysRead();
    expect(screen.queryByRole('heading', { name: 'Fortæl os, hvor du står nu' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Svar nu' })).toBeNull();
  });

  it('offers either member the end survey once it has ended, saying it is anonymous', async () => {
    await openMentorship({
      user: saraMentor,
      mentorship: ended(),
      surveys: [invitation('mentor_end')],
    });
    const offer = within(around(await screen.findByRole('heading', { name: 'Hvordan gik det?' })));
    expect(offer.getByText(/Dine svar er anonyme\./)).toBeVisible();
    expect(offer.getByRole('link', { name: 'Svar nu' })).toHaveAttribute(
      'href',
      `/surveys/${invitation('mentor_end').id}`,
    );
  });

  it('shows the mentor the start answers, in words from the survey', async () => {
    await openMentorship({ user: saraMentor, startSurvey: startAnswers });

    const answers = within(
      around(await screen.findByRole('heading', { name: 'Hvor Amina stod ved starten' })),
    );
    expect(surveysApi.startSurvey).toHaveBeenCalledWith(mentorshipId);
    expect(answers.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'At tale og forstå dansk',
      'At tro på mig selv',
    ]);
    expect(answers.getByText('Hvad er dit vigtigste mål?').nextElementSibling).toHaveTextContent(
      'Et job',
    );
    expect(
      answers.getByText('Hvor sikker er du på, at du kan nå dit mål?').nextElementSibling,
    ).toHaveTextContent('3 ud af 5');
    // The mentor is never offered the mentee's start survey.
    expect(screen.queryByRole('link', { name: 'Svar nu' })).toBeNull();
  });

  it('shows the mentee her own start answers', async () => {
    await openMentorship({ startSurvey: startAnswers });
    expect(await screen.findByRole('heading', { name: 'Hvor du stod ved starten' })).toBeVisible();
    expect(screen.getByText(/Din mentor kan også se det\./)).toBeVisible();
  });

  it('shows the coordinator the start answers, and asks for no survey of her own', async () => {
    await openMentorship({ user: coordinator, startSurvey: startAnswers });
    expect(
      await screen.findByRole('heading', { name: 'Hvor Amina stod ved starten' }),
    ).toBeVisible();
    expect(surveysApi.list).not.toHaveBeenCalled();
  });

  it('shows nothing of the start survey before she has answered it, or when there is none', async () => {
    await openMentorship({
      user: saraMentor,
      startSurvey: { ...startAnswers, status: 'open', answers: null },
    });
    await surveysRead();
    expect(screen.queryByRole('heading', { name: /stod ved starten/ })).toBeNull();
  });
});
