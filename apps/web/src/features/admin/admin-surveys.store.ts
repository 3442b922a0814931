import type { SurveyDefinition, SurveyDefinitionBody, SurveyForm } from '@mentorbro/core/survey';
import { defineStore } from 'pinia';
import { shallowRef, watch } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { adminApi } from './admin.api';

/**
 * The programme's current version of each survey form. The editor reads it fresh; the numbers
 * page only needs the words of the options, so it reads it once and keeps it (saving a new
 * version here keeps it up to date).
 */
export const useAdminSurveysStore = defineStore('admin-surveys', () => {
  // Replaced whole on every load and save: a shallow ref is enough.
  const definitions = shallowRef<readonly SurveyDefinition[] | null>(null);

  async function loadSurveys(): Promise<void> {
    definitions.value = await adminApi.surveys();
  }
  async function ensureSurveys(): Promise<void> {
    if (definitions.value === null) await loadSurveys();
  }

  const definition = (form: SurveyForm): SurveyDefinition | undefined =>
    definitions.value?.find((candidate) => candidate.form === form);

  async function saveSurvey(form: SurveyForm, body: SurveyDefinitionBody) {
    const saved = await adminApi.saveSurvey(form, body);
    const others = (definitions.value ?? []).filter((candidate) => candidate.form !== form);
    definitions.value = [...others, saved];
    return saved;
  }

  // The programme's own questions: gone when the coordinator signs out.
  const auth = useAuthStore();
  watch(
    () => auth.user?.id ?? null,
    (id, before) => {
      if (id !== before) definitions.value = null;
    },
  );

  return { definitions, definition, loadSurveys, ensureSurveys, saveSurvey };
});

export type AdminSurveysStore = ReturnType<typeof useAdminSurveysStore>;
