import type { FieldError } from '@mentorbro/core/error';
import type { SurveyDefinition, SurveyDefinitionBody, SurveyForm } from '@mentorbro/core/survey';
import {
  computed,
  inject,
  type InjectionKey,
  nextTick,
  provide,
  reactive,
  ref,
  shallowRef,
} from 'vue';
import { useI18n } from 'vue-i18n';
import { onBeforeRouteLeave, onBeforeRouteUpdate } from 'vue-router';
import type { SummaryItem } from '@/components/ErrorSummary.vue';
import { useAsync } from '@/composables/useAsync';
import { useAuthStore } from '@/features/auth/auth.store';
import { ApiError } from '@/lib/http';
import { focusById } from '@/lib/focus';
import { useAdminStore } from '../admin.store';
import { useAdminSurveysStore } from '../admin-surveys.store';
import { type SurveyDraft, toBody, toDraft } from '../survey-draft';
import { byPageOrder, fieldId, shownAt, surveyErrors } from '../survey-errors';
import { useSurveyActions } from './useSurveyActions';
import { useSurveyErrorText, useSurveyPlace } from './useSurveyErrorText';

export const SURVEY_SUMMARY_ID = 'survey-summary';

const apiDetails = (error: unknown): FieldError[] =>
  error instanceof ApiError && error.code === 'validation_failed' ? error.details : [];

/**
 * One form being changed. Checked before sending with core's schema and core's rules (the
 * ones the API applies), so she sees what to fix without a round trip; the API's own answer
 * is shown the same way. As in useSchemaForm: errors appear after the first "save" and then
 * follow her typing, the summary keeps the list of the last try and gets focus.
 */
export function useSurveyEditor(form: SurveyForm, initial: SurveyDefinition) {
  const surveys = useAdminSurveysStore();
  const admin = useAdminStore();
  const { t } = useI18n();
  const errorText = useSurveyErrorText();
  const placeOf = useSurveyPlace();

  let original = initial;
  const draft = reactive<SurveyDraft>(toDraft(initial));
  const read = () => toBody(form, draft, original);
  let savedBody = JSON.stringify(read());

  const submitted = ref(false);
  const serverErrors = shallowRef<FieldError[]>([]);
  const summary = shallowRef<FieldError[]>([]);
  const saving = useAsync((body: SurveyDefinitionBody) => surveys.saveSurvey(form, body));

  const errors = computed<FieldError[]>(() => {
    if (!submitted.value) return [];
    const found = surveyErrors(form, read());
    const invalid = new Set(found.map((error) => error.field));
    return [...found, ...serverErrors.value.filter((error) => !invalid.has(error.field))];
  });
  /** Errors by the field that shows them (a question's id and type show on the question). */
  const shown = computed(() => {
    const byField = new Map<string, string>();
    for (const error of errors.value) {
      const at = shownAt(error.field, draft);
      if (at !== null && !byField.has(at)) byField.set(at, errorText(error));
    }
    return byField;
  });
  const errorAt = (pointer: string): string | undefined => shown.value.get(pointer);

  // One link per field, in the order of the page; away from its field, each says where it is.
  const summaryItems = computed<SummaryItem[]>(() => {
    const placed = summary.value
      .map((error) => ({ error, at: shownAt(error.field, draft) }))
      .filter((item): item is { error: FieldError; at: string } => item.at !== null)
      .sort((a, b) => byPageOrder(a.at, b.at));
    const seen = new Set<string>();
    return placed.flatMap(({ error, at }) => {
      if (seen.has(at)) return [];
      seen.add(at);
      const message = errorText(error);
      return [
        {
          target: fieldId(at),
          message: t('admin.surveys.errors.at', { place: placeOf(at), message }),
        },
      ];
    });
  });
  /** What has no field of its own to be shown at: said in the form's alert instead. */
  const unplaced = computed(() => [
    ...new Set(
      summary.value
        .filter((error) => shownAt(error.field, draft) === null)
        .map((error) => errorText(error)),
    ),
  ]);
  /** A failure that is not about the fields (no connection, no access). */
  const failure = computed(() => {
    const error = saving.error.value;
    return apiDetails(error).length > 0 ? null : error;
  });

  async function showSummary(found: FieldError[]) {
    summary.value = found;
    await nextTick();
    focusById(SURVEY_SUMMARY_ID);
  }

  function start(definition: SurveyDefinition) {
    original = definition;
    Object.assign(draft, toDraft(definition));
    savedBody = JSON.stringify(read());
    submitted.value = false;
    serverErrors.value = [];
    summary.value = [];
  }

  async function submit(): Promise<void> {
    submitted.value = true;
    serverErrors.value = [];
    const body = read();
    const found = surveyErrors(form, body);
    if (found.length > 0) return showSummary(found);
    summary.value = [];
    const result = await saving.run(body);
    if (result.ok) {
      start(result.value);
      admin.announce(t('admin.surveys.saved', { version: result.value.version }));
      return;
    }
    // Rare: the same schema and rules run on both sides, but the API has the last word.
    const details = apiDetails(saving.error.value);
    if (details.length > 0) {
      serverErrors.value = details;
      await showSummary(details);
    }
  }

  function reset() {
    start(original);
    admin.announce(t('admin.surveys.resetDone'));
  }

  // Rows were added, removed or moved: the API's errors point at rows by position, so they
  // are dropped, and the summary is made again so its links lead to the right fields.
  function rowsChanged() {
    serverErrors.value = [];
    if (submitted.value) summary.value = surveyErrors(form, read());
  }

  // Changes are only hers until she saves: leaving, or opening another form, asks first.
  // Not once she is signed out (her session ended): the way to log in must stay open.
  const auth = useAuthStore();
  const isDirty = () => JSON.stringify(read()) !== savedBody;
  const mayLeave = () =>
    auth.user === null || !isDirty() || window.confirm(t('admin.surveys.leave'));
  onBeforeRouteLeave(mayLeave);
  onBeforeRouteUpdate((to, from) => to.query.form === from.query.form || mayLeave());

  const actions = useSurveyActions(form, draft, rowsChanged);

  return reactive({
    form,
    draft,
    summaryId: SURVEY_SUMMARY_ID,
    summaryItems,
    unplaced,
    failure,
    saving: saving.loading,
    errorAt,
    submit,
    reset,
    ...actions,
  });
}

export type SurveyEditor = ReturnType<typeof useSurveyEditor>;

// The editor's rows are components of their own; they share the one editor, not copies.
const EDITOR: InjectionKey<SurveyEditor> = Symbol('survey editor');

export function provideSurveyEditor(editor: SurveyEditor): void {
  provide(EDITOR, editor);
}

export function useSurveyEditorContext(): SurveyEditor {
  const editor = inject(EDITOR);
  if (!editor) throw new Error('A survey editor row is used outside SurveyEditor');
  return editor;
}
