import type { SurveyDefinition, SurveyForm } from '@mentorbro/core/survey';
import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import type { LabelText } from './composables/useStatsText';

const labelIn = (definition: SurveyDefinition | undefined, question: string, option: string) =>
  definition?.questions
    .find((candidate) => candidate.id === question)
    ?.options?.find((candidate) => candidate.id === option)?.label;

/**
 * The words of an answer option: the programme's current version of the form (its own options
 * and rewordings), else the first version (an option since removed, answered earlier), else
 * the option's id made readable ("my_own_option" → "my own option") rather than nothing. The
 * numbers count answers to every version, so an option may be in either or neither.
 */
export function optionLabel(
  form: SurveyForm,
  question: string,
  option: string,
  current: readonly SurveyDefinition[] | null = null,
): LabelText {
  const own = current?.find((definition) => definition.form === form);
  const readable = option.replace(/_/g, ' ');
  return (
    labelIn(own, question, option) ??
    labelIn(DEFAULT_SURVEYS[form], question, option) ?? { da: readable, en: readable }
  );
}
