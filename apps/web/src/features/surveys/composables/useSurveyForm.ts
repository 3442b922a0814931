import type { SurveyInvitation } from '@mentorbro/core/survey';
import { computed, reactive, ref, shallowRef } from 'vue';
import { useAsync } from '@/composables/useAsync';
import { type SendOutcome, useSurveysStore } from '../surveys.store';
import { emptyDraft, type SurveyDraft, toAnswers } from '../surveys.view';

/**
 * Her answers while she fills in the survey, and its two ways out: send (every question may
 * be left out) or "no thanks". Only the last thing she tried shows its error.
 */
export function useSurveyForm(
  survey: () => SurveyInvitation,
  done: (outcome: SendOutcome | 'declined') => unknown,
) {
  const store = useSurveysStore();
  const draft = ref<SurveyDraft>(emptyDraft(survey().definition));

  function set(questionId: string, value: string | string[]) {
    draft.value = { ...draft.value, [questionId]: value };
  }

  const sending = useAsync(() => {
    const invitation = survey();
    return store.send(invitation, toAnswers(invitation.definition, draft.value));
  });
  const declining = useAsync(() => store.decline(survey().id));
  const last = shallowRef<'send' | 'decline' | null>(null);

  const busy = computed(() => sending.loading.value || declining.loading.value);
  const failure = computed(() => {
    if (last.value === 'send') return sending.error.value;
    return last.value === 'decline' ? declining.error.value : null;
  });

  async function submit() {
    if (busy.value) return;
    last.value = 'send';
    const result = await sending.run();
    if (result.ok) await done(result.value);
  }

  async function decline() {
    if (busy.value) return;
    last.value = 'decline';
    if ((await declining.run()).ok) await done('declined');
  }

  return reactive({ draft, set, submit, decline, sending: sending.loading, busy, failure, last });
}
