import type { QuestionType, SurveyForm } from '@mentorbro/core/survey';
import { nextTick } from 'vue';
import { useI18n } from 'vue-i18n';
import { focusById } from '@/lib/focus';
import { useAdminStore } from '../admin.store';
import { newOption, newQuestion, restoredOptions, type SurveyDraft } from '../survey-draft';
import { fieldId } from '../survey-errors';

const question = (index: number) => `/questions/${index}`;

/** The ids of the editor's buttons, where focus goes after a change. */
export const surveyButtonIds = {
  addOption: (index: number) => `${fieldId(question(index))}-add-option`,
  moveUp: (index: number) => `${fieldId(question(index))}-up`,
  moveDown: (index: number) => `${fieldId(question(index))}-down`,
  addQuestion: 'survey-add-question',
};

/**
 * Adding, removing and moving questions and options. Each change is said in the live region,
 * and focus goes where she can carry on: into a new row's first field, or to the button
 * nearest to a row that went away. Nothing is saved until she saves the whole form.
 */
export function useSurveyActions(form: SurveyForm, draft: SurveyDraft, rowsChanged: () => void) {
  const admin = useAdminStore();
  const { t } = useI18n();

  async function after(change: string, focusId: string) {
    rowsChanged();
    admin.announce(change);
    await nextTick();
    focusById(focusId);
  }

  async function addOption(index: number) {
    const options = draft.questions[index]?.options;
    if (!options) return;
    options.push(newOption());
    const n = options.length;
    await after(
      t('admin.surveys.done.optionAdded', { n }),
      fieldId(`${question(index)}/options/${n - 1}/label/da`),
    );
  }

  async function removeOption(index: number, option: number) {
    draft.questions[index]?.options.splice(option, 1);
    await after(t('admin.surveys.done.optionRemoved'), surveyButtonIds.addOption(index));
  }

  async function restoreOptions(index: number) {
    const found = draft.questions[index];
    if (!found) return;
    found.options.push(...restoredOptions(form, found));
    await after(t('admin.surveys.done.optionsRestored'), fieldId(`${question(index)}/options`));
  }

  async function addQuestion(type: QuestionType) {
    draft.questions.push(newQuestion(type));
    const n = draft.questions.length;
    await after(
      t('admin.surveys.done.questionAdded', { n }),
      fieldId(`${question(n - 1)}/label/da`),
    );
  }

  // Focus goes to the question that took its place, or to "add a question" after the last.
  async function removeQuestion(index: number) {
    draft.questions.splice(index, 1);
    const next = index < draft.questions.length ? fieldId(question(index)) : null;
    await after(t('admin.surveys.done.questionRemoved'), next ?? surveyButtonIds.addQuestion);
  }

  // Focus follows the question to its new place, on the same button while there is one.
  async function moveQuestion(index: number, step: -1 | 1) {
    const to = index + step;
    const moving = draft.questions[index];
    const other = draft.questions[to];
    if (!moving || !other) return;
    draft.questions.splice(
      Math.min(index, to),
      2,
      ...(step < 0 ? [moving, other] : [other, moving]),
    );
    const atEnd = to === 0 || to === draft.questions.length - 1;
    const button = step < 0 === !atEnd ? surveyButtonIds.moveUp : surveyButtonIds.moveDown;
    await after(t('admin.surveys.done.questionMoved', { n: to + 1 }), button(to));
  }

  return { addOption, removeOption, restoreOptions, addQuestion, removeQuestion, moveQuestion };
}
