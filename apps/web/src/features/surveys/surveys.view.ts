import type {
  Localized,
  SurveyAnswers,
  SurveyDefinition,
  SurveyInvitation,
  SurveyQuestion,
} from '@mentorbro/core/survey';
import { isAnonymousForm, SCALE_MAX, SCALE_MIN } from '@mentorbro/core/survey-rules';
import type { Locale } from '@mentorbro/core/user';

// Runtime values only from core's survey.rules (no TypeBox): the schema builder must not come
// along into the mentorship page, which shows the survey card.

/** End forms are answered anonymously. */
export const isAnonymous = isAnonymousForm;

/** A text from the survey's definition, in her language. */
export const localized = (text: Localized, locale: Locale) => text[locale];

/** The scale's steps as the radios hold them, '1' to '5'. */
export const SCALE_STEPS = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) =>
  String(SCALE_MIN + i),
);

/**
 * What she has picked so far, as the inputs hold it: an option id, a list of them, or a scale
 * step as text. '' and [] are "not answered".
 */
export type SurveyDraft = Record<string, string | string[]>;

export function emptyDraft(definition: SurveyDefinition): SurveyDraft {
  return Object.fromEntries(
    definition.questions.map((question) => [question.id, question.type === 'choices' ? [] : '']),
  );
}

/** Only the questions she answered: every question may be left out. */
export function toAnswers(definition: SurveyDefinition, draft: SurveyDraft): SurveyAnswers {
  const answers: SurveyAnswers = {};
  for (const question of definition.questions) {
    const value = draft[question.id];
    if (question.type === 'choices') {
      // In the order they are offered, not the order she ticked them.
      const picked = (question.options ?? [])
        .map((option) => option.id)
        .filter((option) => Array.isArray(value) && value.includes(option));
      if (picked.length > 0) answers[question.id] = picked;
    } else if (typeof value === 'string' && value !== '') {
      answers[question.id] = question.type === 'scale' ? Number(value) : value;
    }
  }
  return answers;
}

/** The open survey to offer on a mentorship's page: the start one while it runs, then the end one. */
export function openSurveyFor(
  items: readonly SurveyInvitation[],
  mentorship: { id: string; status: string },
): SurveyInvitation | null {
  const active = mentorship.status === 'active';
  return (
    items.find(
      (item) =>
        item.mentorshipId === mentorship.id &&
        item.status === 'open' &&
        isAnonymous(item.form) !== active,
    ) ?? null
  );
}

/** One answered question, in words: the question, and the option labels or the scale step. */
export interface AnswerRow {
  id: string;
  question: string;
  /** Option labels; for a scale question, its step as a number. */
  answer: string[] | number;
}

function answerOf(question: SurveyQuestion, value: SurveyAnswers[string], locale: Locale) {
  if (typeof value === 'number') return question.type === 'scale' ? value : null;
  const ids = typeof value === 'string' ? [value] : value;
  // An option a later version dropped is left out rather than shown as a code.
  const labels = (question.options ?? [])
    .filter((option) => ids.includes(option.id))
    .map((option) => localized(option.label, locale));
  return labels.length > 0 ? labels : null;
}

/** Her answers in the order of the questions, for reading. */
export function answerRows(
  definition: SurveyDefinition,
  answers: SurveyAnswers,
  locale: Locale,
): AnswerRow[] {
  return definition.questions.flatMap((question) => {
    const value = answers[question.id];
    const answer = value === undefined ? null : answerOf(question, value, locale);
    return answer === null
      ? []
      : [{ id: question.id, question: localized(question.label, locale), answer }];
  });
}
