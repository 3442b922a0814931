import type { SurveyForm, SurveyInvitation } from '@mentorbro/core/survey';
import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import { ApiError } from '@/lib/http';

export const surveyId = (n: number) => `e0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Amina and Sara's mentorship, as in the mentorship tests. */
export const surveyMentorshipId = 'c0000000-0000-4000-8000-000000000001';

/** A one-time token as the API hands it out: 43 URL-safe characters. */
export const TOKEN = 'A'.repeat(21) + '_' + 'b'.repeat(21);

/** An open survey offered to Amina about her mentorship with Sara, with the default questions. */
export function invitation(
  form: SurveyForm,
  overrides: Partial<SurveyInvitation> = {},
): SurveyInvitation {
  return {
    id: surveyId(form === 'mentee_start' ? 1 : form === 'mentee_end' ? 2 : 3),
    form,
    status: 'open',
    mentorshipId: surveyMentorshipId,
    otherFirstName: form === 'mentor_end' ? 'Amina' : 'Sara',
    createdAt: '2025-05-01T10:00:00.000Z',
    definition: DEFAULT_SURVEYS[form],
    ...overrides,
  };
}

export const answered = () => new ApiError(409, 'survey_answered', 'Already answered.');
export const noSurvey = () => new ApiError(404, 'not_found', 'Not found.');
