import type { SurveyForm } from '@mentorbro/core/survey';
import { useAdminSurveysStore } from '../admin-surveys.store';
import { optionLabel } from '../stats-labels';
import { useStatsText } from './useStatsText';

/**
 * The words of a survey answer option in the page's language, as the members read them: the
 * programme's current forms first (StatsView loads them with the numbers), see optionLabel.
 */
export function useOptionLabel() {
  const surveys = useAdminSurveysStore();
  const { label } = useStatsText();
  return (form: SurveyForm, question: string, option: string) =>
    label(optionLabel(form, question, option, surveys.definitions));
}
