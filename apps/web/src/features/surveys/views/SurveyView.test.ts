import { answerProblems } from '@mentorbro/core/survey-rules';
import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import { fireEvent, screen, waitFor, within } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { saraMentor } from '@/features/requests/test/requests-fixtures';
import { focusIsOn, renderAt } from '@/features/requests/test/render-requests';
import { setLocale } from '@/i18n';
import { ApiError, NetworkError } from '@/lib/http';
import { amina } from '@/test/fixtures';
import { surveysApi } from '../surveys.api';
import {
  answered,
  invitation,
  noSurvey,
  surveyId,
  surveyMentorshipId,
  TOKEN,
} from '../test/surveys-fixtures';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('../surveys.api', async () => (await import('../test/surveys-api-mock')).surveysApiMock());

/** The survey page for Amina (or `user`), once its questions or its thanks are shown. */
async function openSurvey(survey = invitation('mentee_start'), user = amina) {
  vi.mocked(surveysApi.get).mockResolvedValue(survey);
  await renderAt(`/surveys/${survey.id}`, user);
  await screen.findByRole('heading', { level: 1, name: `Dit forløb med ${survey.otherFirstName}` });
}

const send = () => fireEvent.click(screen.getByRole('button', { name: 'Send svar' }));
const group = (name: string) => within(screen.getByRole('group', { name }));
const radios = (name: string) => within(screen.getByRole('radiogroup', { name }));

describe('SurveyView: the start survey', () => {
  it('shows the intro and each kind of question by its accessible name', async () => {
    await openSurvey();

    expect(screen.getByText(/^Fortæl os, hvor du står nu\./)).toBeVisible();
    const challenges = group('Hvad er svært for dig lige nu?');
    expect(challenges.getAllByRole('checkbox')).toHaveLength(8);
    expect(challenges.getByRole('checkbox', { name: 'At tro på mig selv' })).not.toBeChecked();
    expect(
      screen.getByRole('group', { name: 'Hvad er svært for dig lige nu?' }),
    ).toHaveAccessibleDescription('Vælg alle, der passer.');
    expect(radios('Hvad er dit vigtigste mål?').getAllByRole('radio')).toHaveLength(6);
    const belief = radios('Hvor sikker er du på, at du kan nå dit mål?');
    expect(
      belief.getAllByRole('radio').map((radio) => radio.getAttribute('aria-label') ?? ''),
    ).toEqual(['', '', '', '', '']);
    expect(belief.getByRole('radio', { name: '1 – Slet ikke sikker' })).toBeVisible();
    expect(belief.getByRole('radio', { name: '3' })).toBeVisible();
    expect(belief.getByRole('radio', { name: '5 – Meget sikker' })).toBeVisible();
    // The start survey has no background questions, so no "about you" heading.
    expect(screen.queryByRole('heading', { name: 'Om dig' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Nej tak' })).toBeVisible();
  });

  it('shows the questions in her language', async () => {
    await openSurvey();
    await setLocale('en', { save: false });
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        'Your mentorship with Sara',
      );
    });
    expect(screen.getByRole('group', { name: 'What is hard for you right now?' })).toBeVisible();
    expect(screen.getByRole('radio', { name: '5 – Very sure' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Send answers' })).toBeVisible();
  });

  it('sends what she answered with her session, then thanks her', async () => {
    await openSurvey();
    vi.mocked(surveysApi.answer).mockResolvedValue(undefined);

    const challenges = group('Hvad er svært for dig lige nu?');
    await fireEvent.click(challenges.getByRole('checkbox', { name: 'At tro på mig selv' }));
    await fireEvent.click(challenges.getByRole('checkbox', { name: 'At tale og forstå dansk' }));
    await fireEvent.click(screen.getByRole('radio', { name: 'Et job' }));
    await fireEvent.click(screen.getByRole('radio', { name: '4' }));
    await send();

    await focusIsOn(await screen.findByRole('heading', { name: 'Tak! Dine svar er sendt.' }));
    const answers = { challenges: ['language', 'confidence'], main_goal: 'job', belief: 4 };
    expect(surveysApi.answer).toHaveBeenCalledWith(surveyId(1), answers);
    expect(answerProblems(DEFAULT_SURVEYS.mentee_start, answers)).toEqual([]);
    expect(surveysApi.token).not.toHaveBeenCalled();
    expect(surveysApi.sendAnonymous).not.toHaveBeenCalled();
    expect(screen.getByText(/Du og din mentor kan se dem/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Send svar' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Gå til jeres forløb' })).toHaveAttribute(
      'href',
      `/mentorships/${surveyMentorshipId}`,
    );
  });

  it('lets her skip every question', async () => {
    await openSurvey();
    vi.mocked(surveysApi.answer).mockResolvedValue(undefined);
    await send();
    await screen.findByRole('heading', { name: 'Tak! Dine svar er sendt.' });
    expect(surveysApi.answer).toHaveBeenCalledWith(surveyId(1), {});
  });

  it('says "no thanks" kindly, and lets her answer after all', async () => {
    await openSurvey();
    vi.mocked(surveysApi.decline).mockResolvedValue(undefined);

    await fireEvent.click(screen.getByRole('button', { name: 'Nej tak' }));

    await focusIsOn(await screen.findByRole('heading', { name: 'Det er helt i orden' }));
    expect(surveysApi.decline).toHaveBeenCalledWith(surveyId(1));
    expect(surveysApi.answer).not.toHaveBeenCalled();
    expect(screen.getByText(/Vi minder dig ikke om det igen\./)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Gå til jeres forløb' })).toBeVisible();

    await fireEvent.click(screen.getByRole('button', { name: 'Svar alligevel' }));
    expect(
      await screen.findByText('Du har sagt nej tak. Du må gerne svare alligevel.'),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Send svar' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Nej tak' })).toBeNull();
  });

  it('says in the alert that nothing was sent when the network fails, and keeps her answers', async () => {
    await openSurvey();
    vi.mocked(surveysApi.answer).mockRejectedValue(new NetworkError(new TypeError('offline')));
    await fireEvent.click(screen.getByRole('radio', { name: 'Et job' }));
    await send();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dine svar er ikke sendt. Vi kan ikke få forbindelse lige nu.',
    );
    expect(screen.getByRole('radio', { name: 'Et job' })).toBeChecked();

    vi.mocked(surveysApi.answer).mockRejectedValue(
      new ApiError(400, 'validation_failed', 'Bad answers.'),
    );
    await send();
    expect(await screen.findByRole('alert')).toHaveTextContent(/Noget af det, du har skrevet/);
  });

  it('shows the thanks, not the form, when she has answered already', async () => {
    await openSurvey(invitation('mentee_start', { status: 'answered' }));
    expect(
      screen.getByRole('heading', { name: 'Tak, vi har allerede fået dine svar.' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Send svar' })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('says kindly that it cannot be found', async () => {
    vi.mocked(surveysApi.get).mockRejectedValue(noSurvey());
    await renderAt(`/surveys/${surveyId(9)}`, amina);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vi kan ikke finde spørgeskemaet' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Gå til Min side' })).toHaveAttribute(
      'href',
      '/my-page',
    );
  });
});

describe('SurveyView: the end surveys', () => {
  it('stresses anonymity and sets the background questions apart, saying why', async () => {
    await openSurvey(invitation('mentee_end'));
    expect(screen.getByText(/^Dine svar er anonyme\./)).toBeVisible();
    const background = within(screen.getByRole('region', { name: 'Om dig' }));
    expect(
      background.getByText(/Vi spørger, så vi kan se, hvem forløbene hjælper\./),
    ).toBeVisible();
    expect(
      background
        .getAllByRole('radiogroup')
        .map((item) => item.querySelector('legend')?.textContent),
    ).toEqual([
      'Hvor gammel er du?',
      'Hvor længe har du boet i Danmark?',
      'Hvad er din højeste uddannelse?',
    ]);
    expect(screen.getByRole('radio', { name: '5 – Rigtig godt' })).toBeVisible();
  });

  it('asks for a one-time token, then sends the token and her answers without her session', async () => {
    await openSurvey(invitation('mentee_end'));
    vi.mocked(surveysApi.token).mockResolvedValue({ token: TOKEN });
    vi.mocked(surveysApi.sendAnonymous).mockResolvedValue(undefined);

    await fireEvent.click(screen.getByRole('checkbox', { name: 'Mit dansk er blevet bedre' }));
    await fireEvent.click(screen.getByRole('radio', { name: '5 – Rigtig godt' }));
    const age = radios('Hvor gammel er du?');
    await fireEvent.click(age.getAllByRole('radio')[1] ?? age.getByRole('radio'));
    await send();

    await focusIsOn(await screen.findByRole('heading', { name: 'Tak! Dine svar er sendt.' }));
    expect(screen.getByText('Vi gemmer dem uden dit navn.')).toBeVisible();
    expect(surveysApi.token).toHaveBeenCalledWith(surveyId(2));
    const [body] = vi.mocked(surveysApi.sendAnonymous).mock.calls[0] ?? [];
    expect(body).toEqual({
      token: TOKEN,
      answers: {
        outcomes: ['better_danish'],
        satisfaction: 5,
        age_band: DEFAULT_SURVEYS.mentee_end.questions.find((q) => q.id === 'age_band')
          ?.options?.[1]?.id,
      },
    });
    expect(answerProblems(DEFAULT_SURVEYS.mentee_end, body?.answers ?? {})).toEqual([]);
    expect(surveysApi.answer).not.toHaveBeenCalled();
  });

  it('thanks her without a form when the answers were already sent', async () => {
    await openSurvey(invitation('mentor_end'), saraMentor);
    vi.mocked(surveysApi.token).mockRejectedValue(answered());
    await fireEvent.click(screen.getByRole('radio', { name: '4' }));
    await send();

    await focusIsOn(
      await screen.findByRole('heading', { name: 'Tak, vi har allerede fået dine svar.' }),
    );
    expect(surveysApi.sendAnonymous).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Send svar' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Om dig' })).toBeNull();
  });

  it('treats a spent token the same way', async () => {
    await openSurvey(invitation('mentee_end'));
    vi.mocked(surveysApi.token).mockResolvedValue({ token: TOKEN });
    vi.mocked(surveysApi.sendAnonymous).mockRejectedValue(answered());
    await send();
    expect(
      await screen.findByRole('heading', { name: 'Tak, vi har allerede fået dine svar.' }),
    ).toBeVisible();
  });
});
