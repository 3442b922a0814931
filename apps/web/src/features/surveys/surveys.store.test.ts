import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { ApiError } from '@/lib/http';
import { amina } from '@/test/fixtures';
import { surveysApi } from './surveys.api';
import { useSurveysStore } from './surveys.store';
import { answered, invitation, noSurvey, surveyMentorshipId, TOKEN } from './test/surveys-fixtures';

vi.mock('./surveys.api', async () => (await import('./test/surveys-api-mock')).surveysApiMock());

beforeEach(() => {
  setActivePinia(createPinia());
});

describe('the surveys store', () => {
  it('sends the start answers with her session', async () => {
    const store = useSurveysStore();
    vi.mocked(surveysApi.list).mockResolvedValue({ items: [invitation('mentee_start')] });
    vi.mocked(surveysApi.answer).mockResolvedValue(undefined);
    await store.loadList();

    expect(await store.send(invitation('mentee_start'), { main_goal: 'job' })).toBe('sent');

    expect(surveysApi.answer).toHaveBeenCalledWith(invitation('mentee_start').id, {
      main_goal: 'job',
    });
    expect(surveysApi.token).not.toHaveBeenCalled();
    expect(store.items.map((item) => item.status)).toEqual(['answered']);
  });

  it('sends end answers with a one-time token only', async () => {
    const store = useSurveysStore();
    const survey = invitation('mentee_end');
    vi.mocked(surveysApi.get).mockResolvedValue(survey);
    vi.mocked(surveysApi.token).mockResolvedValue({ token: TOKEN });
    vi.mocked(surveysApi.sendAnonymous).mockResolvedValue(undefined);
    await store.load(survey.id);

    expect(await store.send(survey, { satisfaction: 5 })).toBe('sent');

    expect(surveysApi.token).toHaveBeenCalledWith(survey.id);
    expect(surveysApi.sendAnonymous).toHaveBeenCalledWith({
      token: TOKEN,
      answers: { satisfaction: 5 },
    });
    expect(surveysApi.answer).not.toHaveBeenCalled();
    expect(store.current?.status).toBe('answered');
  });

  it('fetches the token when she opens an end survey, not when she sends it', async () => {
    const store = useSurveysStore();
    const survey = invitation('mentee_end');
    vi.mocked(surveysApi.get).mockResolvedValue(survey);
    vi.mocked(surveysApi.token).mockResolvedValue({ token: TOKEN });
    vi.mocked(surveysApi.sendAnonymous).mockResolvedValue(undefined);

    await store.load(survey.id);
    expect(surveysApi.token).toHaveBeenCalledTimes(1);
    expect(surveysApi.sendAnonymous).not.toHaveBeenCalled();

    await store.send(survey, { satisfaction: 4 });
    expect(surveysApi.token).toHaveBeenCalledTimes(1);
    expect(surveysApi.sendAnonymous).toHaveBeenCalledWith({
      token: TOKEN,
      answers: { satisfaction: 4 },
    });
  });

  it('asks for a fresh token once when another tab of hers replaced this one', async () => {
    const store = useSurveysStore();
    const survey = invitation('mentee_end');
    vi.mocked(surveysApi.get).mockResolvedValue(survey);
    vi.mocked(surveysApi.token)
      .mockResolvedValueOnce({ token: TOKEN })
      .mockResolvedValueOnce({ token: `${TOKEN.slice(0, 42)}Z` });
    vi.mocked(surveysApi.sendAnonymous)
      .mockRejectedValueOnce(new ApiError(404, 'not_found', 'Replaced token.'))
      .mockResolvedValueOnce(undefined);
    await store.load(survey.id);

    expect(await store.send(survey, {})).toBe('sent');
    expect(vi.mocked(surveysApi.sendAnonymous).mock.calls.map(([body]) => body.token)).toEqual([
      TOKEN,
      `${TOKEN.slice(0, 42)}Z`,
    ]);
  });

  it('takes "already answered" as answered, and lets other errors through', async () => {
    const store = useSurveysStore();
    vi.mocked(surveysApi.token).mockRejectedValueOnce(answered());
    expect(await store.send(invitation('mentor_end'), {})).toBe('already');

    const failure = new ApiError(404, 'not_found', 'Bad token.');
    vi.mocked(surveysApi.token).mockResolvedValue({ token: TOKEN });
    vi.mocked(surveysApi.sendAnonymous).mockRejectedValue(failure);
    await expect(store.send(invitation('mentor_end'), {})).rejects.toBe(failure);
  });

  it('remembers "no thanks"', async () => {
    const store = useSurveysStore();
    vi.mocked(surveysApi.list).mockResolvedValue({ items: [invitation('mentee_end')] });
    vi.mocked(surveysApi.decline).mockResolvedValue(undefined);
    await store.loadList();
    await store.decline(invitation('mentee_end').id);
    expect(store.items.map((item) => item.status)).toEqual(['declined']);
  });

  it('reads the start answers of a mentorship, and none when it has no start survey', async () => {
    const store = useSurveysStore();
    const view = {
      status: 'answered' as const,
      definition: DEFAULT_SURVEYS.mentee_start,
      answers: { main_goal: 'job' },
    };
    vi.mocked(surveysApi.startSurvey).mockResolvedValueOnce(view);
    expect(await store.loadStart(surveyMentorshipId)).toEqual(view);
    expect(store.start).toEqual({ mentorshipId: surveyMentorshipId, view });

    vi.mocked(surveysApi.startSurvey).mockRejectedValueOnce(noSurvey());
    expect(await store.loadStart(surveyMentorshipId)).toBeNull();
    expect(store.start).toEqual({ mentorshipId: surveyMentorshipId, view: null });
  });

  it('forgets everything when someone else signs in on the phone', async () => {
    const store = useSurveysStore();
    const auth = useAuthStore();
    auth.user = amina;
    vi.mocked(surveysApi.list).mockResolvedValue({ items: [invitation('mentee_start')] });
    await store.loadList();
    auth.user = { ...amina, id: 'f0000000-0000-4000-8000-000000000001' };
    await nextTick();
    expect(store.items).toEqual([]);
  });
});
