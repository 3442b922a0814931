import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import type { SurveyForm } from '@mentorbro/core/survey';
import type { LabelText } from './composables/useStatsText';

/**
 * The words of an answer option, as the members read them in the first version of the form.
 * A programme may add options of its own; those have no words here, so the option's id is
 * shown, made readable ("my_own_option" → "my own option"), rather than nothing.
 */
export function optionLabel(form: SurveyForm, question: string, option: string): LabelText {
  const found = DEFAULT_SURVEYS[form].questions
    .find((candidate) => candidate.id === question)
    ?.options?.find((candidate) => candidate.id === option);
  const readable = option.replace(/_/g, ' ');
  return found?.label ?? { da: readable, en: readable };
}
