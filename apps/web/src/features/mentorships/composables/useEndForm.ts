import type { FieldError } from '@mentorbro/core/error';
import {
  EARLY_END_REASONS,
  END_OUTCOMES,
  EndMentorshipBody,
  type Mentorship,
} from '@mentorbro/core/mentorship';
import { reactive, ref } from 'vue';
import { useFieldMessages } from '@/composables/useFieldMessages';
import { useSchemaForm } from '@/composables/useSchemaForm';
import { optionalText } from '@/features/profile/profile.form';
import { type Outcome, useMentorshipsStore } from '../mentorships.store';

/** The longest note, read from core's schema. */
const { maxLength } = EndMentorshipBody.properties.note as { maxLength?: unknown };
export const END_NOTE_MAX = typeof maxLength === 'number' ? maxLength : 1000;

export type EndOutcomeValue = (typeof END_OUTCOMES)[number] | '';
export type EarlyReasonValue = (typeof EARLY_END_REASONS)[number] | '';

/**
 * Ending a mentorship, in two steps: she chooses how it went (and why, when it ended early),
 * then says yes once more, because it ends for both and cannot be undone. The first submit
 * only checks; the second sends. The API's rules the schema cannot say are checked here too:
 * a reason exactly when it ended early, and a note from a coordinator (it goes in the log).
 */
export function useEndForm(options: {
  mentorship: () => Mentorship;
  coordinator: boolean;
  onDone: (outcome: Outcome) => Promise<unknown>;
  onConfirmStep: () => Promise<unknown>;
}) {
  const store = useMentorshipsStore();
  const values = reactive<{
    outcome: EndOutcomeValue;
    earlyReason: EarlyReasonValue;
    note: string;
  }>({ outcome: '', earlyReason: '', note: '' });
  const confirming = ref(false);
  const early = () => values.outcome === 'ended_early';

  const form = useSchemaForm({
    schema: EndMentorshipBody,
    read: () => ({
      ...(values.outcome === '' ? {} : { outcome: values.outcome }),
      ...(early() && values.earlyReason !== '' ? { earlyReason: values.earlyReason } : {}),
      ...optionalText('note', values.note),
    }),
    check: (): FieldError[] => [
      ...(early() && values.earlyReason === ''
        ? [{ field: '/earlyReason', rule: 'required', message: 'is required' }]
        : []),
      ...(options.coordinator && values.note.trim() === ''
        ? [{ field: '/note', rule: 'required', message: 'is required' }]
        : []),
    ],
    targets: {
      outcome: `end-outcome-${END_OUTCOMES[0]}`,
      earlyReason: `end-reason-${EARLY_END_REASONS[0]}`,
      note: 'end-note',
    },
    summaryId: 'end-summary',
    message: useFieldMessages('mentorships.end.errors', { note: { max: END_NOTE_MAX } }),
    send: async (body: EndMentorshipBody): Promise<Outcome | 'confirm'> =>
      confirming.value ? store.end(options.mentorship().id, body) : 'confirm',
    onSuccess: async (result) => {
      if (result !== 'confirm') return options.onDone(result);
      confirming.value = true;
      return options.onConfirmStep();
    },
  });

  return { values, confirming, form, early };
}
