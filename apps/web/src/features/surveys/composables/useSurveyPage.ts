import { computed, nextTick, ref, watch } from 'vue';
import { usePageById } from '@/composables/usePageById';
import { focusById } from '@/lib/focus';
import { type SendOutcome, useSurveysStore } from '../surveys.store';

/** What the page shows: the questions, or how this survey ended for her. */
export type SurveyState = 'form' | SendOutcome | 'declined';

/**
 * Loads the survey by id (one not offered to her answers 404, so the page says "not found"
 * kindly), and says what to show. An answered survey shows the thanks, never the form again.
 * After "no thanks" the form comes back on a later visit: she may still answer.
 */
export function useSurveyPage(id: () => string) {
  const store = useSurveysStore();
  const { loading, notFound, load } = usePageById(id, (surveyId: string) => store.load(surveyId));
  const survey = computed(() => (store.current?.id === id() ? store.current : null));

  /** What happened on this visit; null until she sent or declined. */
  const outcome = ref<SendOutcome | 'declined' | null>(null);
  watch(id, () => {
    outcome.value = null;
  });

  const state = computed<SurveyState | null>(() => {
    if (!survey.value) return null;
    if (outcome.value) return outcome.value;
    return survey.value.status === 'answered' ? 'already' : 'form';
  });

  /** The form is gone: focus goes to the words that say what happened. */
  async function finish(result: SendOutcome | 'declined') {
    outcome.value = result;
    await nextTick();
    focusById('survey-done-heading');
  }

  /** After "no thanks" she changed her mind: the questions again. */
  async function answerAnyway() {
    outcome.value = null;
    await nextTick();
    focusById('survey-intro');
  }

  return { survey, state, loading, notFound, load, finish, answerAnyway };
}
