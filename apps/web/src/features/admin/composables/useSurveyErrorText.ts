import type { FieldError } from '@mentorbro/core/error';
import { Localized, SurveyDefinitionBody, SurveyQuestion } from '@mentorbro/core/survey';
import { useI18n } from 'vue-i18n';
import { schemaKeyword } from '../schema-keyword';

// The limits core sets, read from its schemas so the words never repeat a number.
const limits = {
  text: { max: schemaKeyword(Localized.properties.da, 'maxLength') },
  options: {
    min: schemaKeyword(SurveyQuestion.properties.options, 'minItems'),
    max: schemaKeyword(SurveyQuestion.properties.options, 'maxItems'),
  },
  questions: {
    min: schemaKeyword(SurveyDefinitionBody.properties.questions, 'minItems'),
    max: schemaKeyword(SurveyDefinitionBody.properties.questions, 'maxItems'),
  },
};

export const SURVEY_LIMITS = limits;

/**
 * Where a field is, for the error summary, which lists errors away from their fields:
 * "Spørgsmål 3, svarmulighed 2". Takes a pointer the editor shows (see shownAt).
 */
export function useSurveyPlace() {
  const { t } = useI18n();
  return (pointer: string): string => {
    if (pointer.startsWith('/intro')) return t('admin.surveys.places.intro');
    const [, question = '0', part, option = '0', side] = pointer.split('/').slice(1);
    const n = Number(question) + 1;
    if (part === 'options' && side !== undefined) {
      return t('admin.surveys.places.option', { n, m: Number(option) + 1 });
    }
    if (part === 'hint') return t('admin.surveys.places.hint', { n });
    if (part === 'scaleLabels') return t(`admin.surveys.places.${option}`, { n });
    return t('admin.surveys.places.question', { n });
  };
}

/**
 * A field error of the survey editor in plain words. The field says what it is about (the
 * last part of its pointer: `da`, `en`, `options` or a question's id), the rule what is wrong.
 */
export function useSurveyErrorText() {
  const { t } = useI18n();
  return (error: FieldError): string => {
    const last = error.field.split('/').at(-1) ?? '';
    const about = last === 'options' ? 'options' : 'questions';
    switch (error.rule) {
      case 'required':
      case 'minLength':
        return t(last === 'en' ? 'admin.surveys.errors.en' : 'admin.surveys.errors.da');
      case 'maxLength':
        return t('admin.surveys.errors.maxLength', limits.text);
      case 'pattern':
        return t('admin.surveys.errors.pattern');
      case 'minItems':
      case 'maxItems':
        return t(`admin.surveys.errors.${about}`, limits[about]);
      case 'missing_indicator':
        return last === 'options'
          ? t('admin.surveys.errors.missingOptions')
          : t('admin.surveys.errors.missingQuestion', { id: last });
      case 'duplicate':
        return t(`admin.surveys.errors.duplicate.${about}`);
      case 'wrong_type':
        return t('admin.surveys.errors.wrongType');
      default:
        return t('admin.surveys.errors.default');
    }
  };
}
