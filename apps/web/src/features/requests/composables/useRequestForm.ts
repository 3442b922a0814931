import { CreateRequestBody, type MatchRequest, REQUEST_MESSAGE } from '@mentorbro/core/requests';
import { computed, reactive } from 'vue';
import { useFieldMessages } from '@/composables/useFieldMessages';
import { useSchemaForm } from '@/composables/useSchemaForm';
import { readContact } from '../requests.contact';
import { joinMessage } from '../requests.message';

/** How many goals one request may name, read from core's schema so the texts say the same. */
const { maxItems } = CreateRequestBody.properties.goals as { maxItems?: unknown };
export const REQUEST_GOALS_MAX = typeof maxItems === 'number' ? maxItems : 3;

/** The ids the error summary links to; the message's errors go to its first prompt. */
export const REQUEST_FIELDS = {
  hopes: 'request-hopes',
  tried: 'request-tried',
  meeting: 'request-meeting',
  goals: 'request-goals',
  contact: 'request-contact',
} as const;

/**
 * A mentee's request to one mentor, checked with core's CreateRequestBody: three short
 * answers joined into the message, the goals she wants help with, and what she shares.
 */
export function useRequestForm(
  mentorId: () => string,
  goals: readonly string[],
  send: (body: CreateRequestBody) => Promise<MatchRequest>,
) {
  const values = reactive({
    hopes: '',
    tried: '',
    meeting: '',
    // With one goal to choose there is nothing to choose: it is ticked for her.
    goals: goals.length === 1 ? [...goals] : ([] as string[]),
    email: true,
    phone: '',
  });
  const message = computed(() => joinMessage(values));

  const form = useSchemaForm({
    schema: CreateRequestBody,
    read: () => ({
      mentorId: mentorId(),
      message: message.value,
      goals: values.goals,
      contact: readContact(values),
    }),
    targets: {
      mentorId: REQUEST_FIELDS.hopes,
      message: REQUEST_FIELDS.hopes,
      goals: REQUEST_FIELDS.goals,
      contact: `${REQUEST_FIELDS.contact}-phone`,
    },
    summaryId: 'request-summary',
    message: useFieldMessages('requests.form.errors', {
      message: { min: REQUEST_MESSAGE.min, max: REQUEST_MESSAGE.max },
      goals: { max: REQUEST_GOALS_MAX },
    }),
    send,
    // The page moves on to "Sent!" by itself: the store now holds the request.
    onSuccess: async () => undefined,
  });

  return { values, message, form };
}
