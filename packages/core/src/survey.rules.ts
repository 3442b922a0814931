import { AGE_BANDS, EDUCATION_LEVELS, YEARS_IN_DENMARK } from './catalogue/profile-options';
import type {
  QuestionType,
  SurveyAnswers,
  SurveyDefinition,
  SurveyDefinitionBody,
  SurveyForm,
} from './survey.schema';

/** End forms are answered anonymously; the start form is hers. */
export const isAnonymousForm = (form: SurveyForm) => form !== 'mentee_start';

/** The scale questions run from 1 (not at all) to 5 (very much). */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

/** The outcomes the funders ask about (DOMAIN.md, "Evaluation"). */
export const OUTCOME_INDICATORS = [
  'job',
  'education',
  'internship',
  'better_danish',
  'bigger_network',
  'clearer_goals',
  'more_confidence',
] as const;
export type OutcomeIndicator = (typeof OUTCOME_INDICATORS)[number];

/** The start survey's challenges every version keeps, to compare with the outcomes. */
export const START_CHALLENGES = [
  'language',
  'network',
  'labour_market',
  'education_recognition',
  'confidence',
] as const;

/** Background questions of the mentee's end survey, for patterns (never for persons). */
export const BACKGROUND_QUESTIONS = {
  age_band: AGE_BANDS,
  years_in_denmark: YEARS_IN_DENMARK,
  education_level: EDUCATION_LEVELS,
} as const;
export type BackgroundQuestion = keyof typeof BACKGROUND_QUESTIONS;
export const BACKGROUND_QUESTION_IDS = Object.keys(BACKGROUND_QUESTIONS) as BackgroundQuestion[];

interface Indicator {
  id: string;
  type: QuestionType;
  /** Options every version must offer (others may be added). */
  options?: readonly string[];
}

/**
 * The questions the dashboard counts. A programme may reword them and add questions and
 * options, but never drop these, so this year's numbers compare with last year's.
 */
export const SURVEY_INDICATORS: Record<SurveyForm, readonly Indicator[]> = {
  mentee_start: [{ id: 'challenges', type: 'choices', options: START_CHALLENGES }],
  mentee_end: [
    { id: 'outcomes', type: 'choices', options: OUTCOME_INDICATORS },
    { id: 'satisfaction', type: 'scale' },
    { id: 'worked', type: 'choices' },
    { id: 'hard', type: 'choices' },
    ...BACKGROUND_QUESTION_IDS.map((id) => ({
      id,
      type: 'choice' as const,
      options: BACKGROUND_QUESTIONS[id],
    })),
  ],
  mentor_end: [
    { id: 'satisfaction', type: 'scale' },
    { id: 'worked', type: 'choices' },
    { id: 'hard', type: 'choices' },
  ],
};

/** Satisfied with the match: 4 or 5 on the 1-5 scale, as the seed report counts it. */
export const SATISFIED_FROM = 4;

export interface SurveyProblem {
  /** JSON pointer into the request body, e.g. `/answers/outcomes`. */
  path: string;
  code: 'duplicate' | 'missing_indicator' | 'wrong_type' | 'unknown_question' | 'unknown_option';
}

/** What is wrong with a coordinator's new version of a form; empty when it can be saved. */
export function definitionProblems(form: SurveyForm, body: SurveyDefinitionBody): SurveyProblem[] {
  const problems: SurveyProblem[] = [];
  const seen = new Set<string>();
  body.questions.forEach((question, index) => {
    const path = `/questions/${index}`;
    if (seen.has(question.id)) problems.push({ path: `${path}/id`, code: 'duplicate' });
    seen.add(question.id);
    const hasOptions = question.options !== undefined;
    if (hasOptions !== (question.type !== 'scale') || (question.scaleLabels && hasOptions)) {
      problems.push({ path: `${path}/type`, code: 'wrong_type' });
    }
    const optionIds = (question.options ?? []).map((option) => option.id);
    if (new Set(optionIds).size !== optionIds.length) {
      problems.push({ path: `${path}/options`, code: 'duplicate' });
    }
  });
  for (const indicator of SURVEY_INDICATORS[form]) {
    const index = body.questions.findIndex((question) => question.id === indicator.id);
    const question = body.questions[index];
    if (question?.type !== indicator.type) {
      problems.push({ path: `/questions/${indicator.id}`, code: 'missing_indicator' });
      continue;
    }
    const offered = new Set((question.options ?? []).map((option) => option.id));
    if (indicator.options?.some((option) => !offered.has(option))) {
      problems.push({ path: `/questions/${index}/options`, code: 'missing_indicator' });
    }
  }
  return problems;
}

/** What is wrong with a member's answers to this version; empty when they can be stored. */
export function answerProblems(
  definition: SurveyDefinition,
  answers: SurveyAnswers,
): SurveyProblem[] {
  const problems: SurveyProblem[] = [];
  for (const [id, answer] of Object.entries(answers)) {
    const path = `/answers/${id}`;
    const question = definition.questions.find((q) => q.id === id);
    if (!question) {
      problems.push({ path, code: 'unknown_question' });
      continue;
    }
    const picked = question.type === 'scale' ? [] : typeof answer === 'string' ? [answer] : answer;
    const fits =
      question.type === 'scale'
        ? typeof answer === 'number'
        : question.type === 'choice'
          ? typeof answer === 'string'
          : Array.isArray(answer);
    if (!fits || typeof picked === 'number') {
      problems.push({ path, code: 'wrong_type' });
      continue;
    }
    const offered = new Set((question.options ?? []).map((option) => option.id));
    if (picked.some((option) => !offered.has(option))) {
      problems.push({ path, code: 'unknown_option' });
    }
  }
  return problems;
}
