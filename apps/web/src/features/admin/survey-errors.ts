import type { FieldError } from '@mentorbro/core/error';
import { type SurveyForm, SurveyDefinitionBody } from '@mentorbro/core/survey';
import { definitionProblems } from '@mentorbro/core/survey-rules';
import { validate } from '@mentorbro/core/validation';
import type { SurveyDraft } from './survey-draft';

/**
 * What is wrong with a body before it is sent: core's schema, then core's rules for forms
 * (the funders' questions and options, no two alike), the ones the API checks too. One error
 * per field, the schema's first.
 */
export function surveyErrors(form: SurveyForm, body: SurveyDefinitionBody): FieldError[] {
  const problems = definitionProblems(form, body).map((problem): FieldError => ({
    field: problem.path,
    rule: problem.code,
    message: problem.code,
  }));
  const seen = new Set<string>();
  return [...validate(SurveyDefinitionBody, body), ...problems].filter((error) => {
    if (seen.has(error.field)) return false;
    seen.add(error.field);
    return true;
  });
}

/** The element of a JSON pointer: `/questions/2/label/da` is `survey-questions-2-label-da`. */
export const fieldId = (pointer: string) => `survey${pointer.replaceAll('/', '-')}`;

// Everything the editor shows a field or a group for; a question's id and type have no field
// of their own, so their errors go on the question.
const SHOWN = [
  /^\/intro\/(da|en)$/,
  /^\/questions\/(?<question>\d+)(\/(label|hint)\/(da|en)|\/scaleLabels\/(low|high)\/(da|en))?$/,
  /^\/questions\/(?<question>\d+)\/options(\/(?<option>\d+)\/label\/(da|en))?$/,
];

/**
 * The pointer of the field where the editor shows an error, or null when it shows none there
 * (the error is then said in the form's alert). An API error about a row that has since been
 * removed counts as none.
 */
export function shownAt(pointer: string, draft: SurveyDraft): string | null {
  const shown = pointer.replace(/^(\/questions\/\d+)\/(id|type)$/, '$1');
  const match = SHOWN.map((pattern) => pattern.exec(shown)).find((found) => found !== null);
  if (!match) return null;
  const { question, option } = match.groups ?? {};
  if (question === undefined) return shown;
  const row = draft.questions[Number(question)];
  if (!row) return null;
  return option === undefined || row.options[Number(option)] ? shown : null;
}

const ORDER: Record<string, number> = {
  intro: 0,
  questions: 1,
  label: 0,
  hint: 1,
  options: 2,
  scaleLabels: 3,
  low: 0,
  high: 1,
  da: 0,
  en: 1,
};
const rank = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : (ORDER[part] ?? 9)));

/** Pointers in the order their fields come on the page: the summary lists them so. */
export function byPageOrder(a: string, b: string): number {
  const [left, right] = [rank(a), rank(b)];
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}
