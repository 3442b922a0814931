import type {
  AnonymousAnswersBody,
  StartSurveyView,
  SurveyAnswers,
  SurveyInvitation,
  SurveyInvitationList,
  SurveyToken,
} from '@mentorbro/core/survey';
import { request } from '@/lib/http';

const id = (value: string) => encodeURIComponent(value);

/**
 * The surveys offered to her. The start answers go with her session; end answers go in two
 * steps: a one-time token with her session, then the answers with the token and nothing else.
 */
export const surveysApi = {
  list: () => request<SurveyInvitationList>('/api/surveys', { auth: true }),
  get: (surveyId: string) =>
    request<SurveyInvitation>(`/api/surveys/${id(surveyId)}`, { auth: true }),
  answer: (surveyId: string, answers: SurveyAnswers) =>
    request<undefined>(`/api/surveys/${id(surveyId)}/answers`, {
      method: 'POST',
      body: { answers },
      auth: true,
    }),
  decline: (surveyId: string) =>
    request<undefined>(`/api/surveys/${id(surveyId)}/decline`, {
      method: 'POST',
      body: {},
      auth: true,
    }),
  token: (surveyId: string) =>
    request<SurveyToken>(`/api/surveys/${id(surveyId)}/token`, {
      method: 'POST',
      body: {},
      auth: true,
    }),
  // No `auth`: this request must carry nothing that says who sent it, not even a cookie.
  sendAnonymous: (body: AnonymousAnswersBody) =>
    request<undefined>('/api/surveys/anonymous', { method: 'POST', body, anonymous: true }),
  startSurvey: (mentorshipId: string) =>
    request<StartSurveyView>(`/api/mentorships/${id(mentorshipId)}/start-survey`, { auth: true }),
};

export type SurveysApi = typeof surveysApi;
