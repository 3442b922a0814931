import { SURVEY_FORMS, type SurveyDefinition, type SurveyForm } from '@mentorbro/core/survey';
import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';

/** A programme's current forms: core's first versions, with some changed. */
export function surveysFixture(
  changed: Partial<Record<SurveyForm, SurveyDefinition>> = {},
): SurveyDefinition[] {
  return SURVEY_FORMS.map((form) => changed[form] ?? structuredClone(DEFAULT_SURVEYS[form]));
}

/** A copy of a form's first version, as a programme might have saved it as version 2. */
export function savedVersion(
  form: SurveyForm,
  change: (definition: SurveyDefinition) => void = () => undefined,
): SurveyDefinition {
  const definition = { ...structuredClone(DEFAULT_SURVEYS[form]), version: 2 };
  change(definition);
  return definition;
}
