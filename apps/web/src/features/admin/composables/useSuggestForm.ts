import type { FieldError } from '@mentorbro/core/error';
import { SuggestMentorsBody } from '@mentorbro/core/notifications';
import { computed, reactive } from 'vue';
import { useI18n } from 'vue-i18n';
import { useFieldMessages } from '@/composables/useFieldMessages';
import { useSchemaForm } from '@/composables/useSchemaForm';
import { type Outcome, useAdminStore } from '../admin.store';
import { schemaKeyword } from '../schema-keyword';
import { type MentorPicker, SUGGEST_MAX } from './useMentorPicker';

/** How long her note may be (core's SuggestMentorsBody). */
export const SUGGEST_NOTE_MAX = schemaKeyword(SuggestMentorsBody.properties.note, 'maxLength');

/**
 * The mentors she ticked and a few words of her own, checked with core's SuggestMentorsBody and
 * sent to one mentee. The API may answer that a ticked mentor can no longer be seen (paused,
 * full, hidden since the search): `not_listed` at her position in the list, said by name.
 */
export function useSuggestForm(options: {
  menteeId: string;
  picker: MentorPicker;
  onDone: (outcome: Outcome) => unknown;
}) {
  const { picker } = options;
  const store = useAdminStore();
  const { t } = useI18n();
  const values = reactive({ note: '' });
  /** The names in the last body sent, in its order: the API's errors point into it. */
  let sentNames: string[] = [];

  const fieldMessage = useFieldMessages('admin.waiting.suggest.errors', {
    mentorIds: { max: SUGGEST_MAX },
    note: { max: SUGGEST_NOTE_MAX },
  });
  const message = (error: FieldError): string => {
    if (error.rule !== 'not_listed') return fieldMessage(error);
    const name = sentNames[Number(error.field.split('/')[2])] ?? '';
    return name === ''
      ? t('admin.waiting.suggest.notListedUnknown')
      : t('admin.waiting.suggest.notListed', { name });
  };

  const form = useSchemaForm({
    schema: SuggestMentorsBody,
    read: () => {
      const note = values.note.trim();
      return { mentorIds: [...picker.chosen.value], ...(note === '' ? {} : { note }) };
    },
    targets: { mentorIds: 'suggest-mentors', note: 'suggest-note' },
    summaryId: 'suggest-summary',
    message,
    send: (body: SuggestMentorsBody) => {
      sentNames = body.mentorIds.map(picker.nameOf);
      return store.suggestMentors(options.menteeId, body);
    },
    onSuccess: async (outcome) => options.onDone(outcome),
  });

  /** The list's own error, or the first one about a mentor in it. */
  const mentorsError = computed(
    () =>
      form.errorText('mentorIds') ??
      Array.from({ length: SUGGEST_MAX }, (_, index) => form.errorAt(`/mentorIds/${index}`)).find(
        (text) => text !== undefined,
      ),
  );

  return { values, form, mentorsError };
}
