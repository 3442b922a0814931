import type {
  Localized,
  QuestionType,
  SurveyDefinition,
  SurveyDefinitionBody,
  SurveyForm,
  SurveyQuestion,
} from '@mentorbro/core/survey';
import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import { SURVEY_INDICATORS } from '@mentorbro/core/survey-rules';
import { idFrom } from './survey-ids';

/**
 * A form as the editor holds it: every text as typed (an empty hint is an empty pair, not a
 * missing one), and new questions and options without an id until the form is sent. `key`
 * keeps each row's fields in place while rows are added, removed and moved.
 */
export interface DraftOption {
  key: number;
  /** Null for a new option: its id is made from its Danish words when the form is sent. */
  id: string | null;
  label: Localized;
}

export interface DraftQuestion {
  key: number;
  id: string | null;
  type: QuestionType;
  background: boolean;
  label: Localized;
  hint: Localized;
  /** Empty for a scale. */
  options: DraftOption[];
  scaleLow: Localized;
  scaleHigh: Localized;
}

export interface SurveyDraft {
  intro: Localized;
  questions: DraftQuestion[];
}

let lastKey = 0;
const nextKey = () => ++lastKey;
const pair = (text?: Localized): Localized => ({ da: text?.da ?? '', en: text?.en ?? '' });

export const newOption = (label?: Localized): DraftOption => ({
  key: nextKey(),
  id: null,
  label: pair(label),
});

function toDraftQuestion(question: SurveyQuestion): DraftQuestion {
  return {
    key: nextKey(),
    id: question.id,
    type: question.type,
    background: question.background === true,
    label: pair(question.label),
    hint: pair(question.hint),
    options: (question.options ?? []).map((option) => ({
      key: nextKey(),
      id: option.id,
      label: pair(option.label),
    })),
    scaleLow: pair(question.scaleLabels?.low),
    scaleHigh: pair(question.scaleLabels?.high),
  };
}

export const toDraft = (definition: SurveyDefinition): SurveyDraft => ({
  intro: pair(definition.intro),
  questions: definition.questions.map(toDraftQuestion),
});

/** A new question: two empty options to fill in for a choice, nothing more for a scale. */
export function newQuestion(type: QuestionType): DraftQuestion {
  return {
    key: nextKey(),
    id: null,
    type,
    background: false,
    label: pair(),
    hint: pair(),
    options: type === 'scale' ? [] : [newOption(), newOption()],
    scaleLow: pair(),
    scaleHigh: pair(),
  };
}

const trimmed = (text: Localized): Localized => ({ da: text.da.trim(), en: text.en.trim() });
const isBlank = (text: Localized) => text.da.trim() === '' && text.en.trim() === '';

const questionIn = (definition: SurveyDefinition, id: string | null) =>
  definition.questions.find((question) => question.id === id);

/**
 * Ids a new question or option must not take: those in the form now, and those it had before
 * (this version or the first one). A removed option's id given to a new option would add its
 * answers to the old one's in the numbers.
 */
function usedIds(
  current: readonly (string | null)[],
  earlier: readonly ({ id: string } | undefined)[],
): Set<string> {
  const ids = current.filter((id): id is string => id !== null);
  for (const item of earlier) if (item) ids.push(item.id);
  return new Set(ids);
}

/** The body the API takes: texts trimmed, an empty hint or scale words left out, ids made. */
export function toBody(
  form: SurveyForm,
  draft: SurveyDraft,
  original: SurveyDefinition,
): SurveyDefinitionBody {
  const first = DEFAULT_SURVEYS[form];
  const questionIds = usedIds(
    draft.questions.map((question) => question.id),
    [...original.questions, ...first.questions],
  );
  const questions = draft.questions.map((question): SurveyQuestion => {
    const id = question.id ?? idFrom(question.label.da, questionIds, 'question');
    const body: SurveyQuestion = { id, type: question.type, label: trimmed(question.label) };
    if (!isBlank(question.hint)) body.hint = trimmed(question.hint);
    if (question.type === 'scale') {
      if (!isBlank(question.scaleLow) || !isBlank(question.scaleHigh)) {
        body.scaleLabels = { low: trimmed(question.scaleLow), high: trimmed(question.scaleHigh) };
      }
    } else {
      const optionIds = usedIds(
        question.options.map((option) => option.id),
        [
          ...(questionIn(original, question.id)?.options ?? []),
          ...(questionIn(first, question.id)?.options ?? []),
        ],
      );
      body.options = question.options.map((option) => ({
        id: option.id ?? idFrom(option.label.da, optionIds, 'option'),
        label: trimmed(option.label),
      }));
    }
    if (question.background) body.background = true;
    return body;
  });
  return { intro: trimmed(draft.intro), questions };
}

const indicatorOf = (form: SurveyForm, questionId: string | null) =>
  SURVEY_INDICATORS[form].find((indicator) => indicator.id === questionId);

/** The funders' questions stay in every version (core's SURVEY_INDICATORS). */
export const isIndicatorQuestion = (form: SurveyForm, question: DraftQuestion) =>
  indicatorOf(form, question.id) !== undefined;

export const isIndicatorOption = (form: SurveyForm, question: DraftQuestion, option: DraftOption) =>
  option.id !== null && (indicatorOf(form, question.id)?.options?.includes(option.id) ?? false);

/**
 * The funders' options a question lacks. Never by her hand (they cannot be removed here), but
 * a version saved before core counted a new option lacks it; the editor offers to add it back.
 */
export function missingIndicatorOptions(form: SurveyForm, question: DraftQuestion): string[] {
  const offered = new Set(question.options.map((option) => option.id));
  return (indicatorOf(form, question.id)?.options ?? []).filter((id) => !offered.has(id));
}

/** Those missing options, in the first version's words (or their id made readable). */
export function restoredOptions(form: SurveyForm, question: DraftQuestion): DraftOption[] {
  const first = questionIn(DEFAULT_SURVEYS[form], question.id)?.options ?? [];
  return missingIndicatorOptions(form, question).map((id) => {
    const readable = id.replace(/_/g, ' ');
    const label = first.find((option) => option.id === id)?.label ?? { da: readable, en: readable };
    return { ...newOption(label), id };
  });
}
