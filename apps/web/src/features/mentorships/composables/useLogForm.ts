import { type MeetingLog, MeetingLogBody, type Mentorship } from '@mentorbro/core/mentorship';
import type { FieldError } from '@mentorbro/core/error';
import { reactive } from 'vue';
import { useFieldMessages } from '@/composables/useFieldMessages';
import { useSchemaForm } from '@/composables/useSchemaForm';
import { optionalText, whole } from '@/features/profile/profile.form';
import { today } from '../mentorships.view';

/** The limits the texts name, read from core's schema so they always say the same. */
const { properties } = MeetingLogBody;
const limit = (schema: unknown, key: string, fallback: number): number => {
  const value = (schema as Record<string, unknown>)[key];
  return typeof value === 'number' ? value : fallback;
};
export const LOG_LIMITS = {
  minutesMin: limit(properties.minutes, 'minimum', 5),
  minutesMax: limit(properties.minutes, 'maximum', 600),
  notesMax: limit(properties.notes, 'maxLength', 2000),
  nextStepsMax: limit(properties.nextSteps, 'maxLength', 1000),
};

export interface LogFormValues {
  date: string;
  minutes: string;
  topics: string[];
  notes: string;
  nextSteps: string;
}

/** A new meeting starts today; a correction starts from what she wrote. */
export function logFormValues(log?: MeetingLog): LogFormValues {
  return log
    ? {
        date: log.date,
        minutes: String(log.minutes),
        topics: [...log.topics],
        notes: log.notes ?? '',
        nextSteps: log.nextSteps ?? '',
      }
    : { date: today(), minutes: '', topics: [], notes: '', nextSteps: '' };
}

/**
 * One meeting, checked with core's MeetingLogBody, and the API's one extra rule: the day lies
 * between the start of the mentorship and today. `prefix` keeps the ids of the "add" form and
 * of a log being corrected apart on one page.
 */
export function useLogForm(options: {
  prefix: string;
  mentorship: () => Mentorship;
  log?: MeetingLog;
  send: (body: MeetingLogBody) => Promise<MeetingLog>;
  onSaved: (log: MeetingLog) => Promise<unknown>;
}) {
  const { prefix } = options;
  const values = reactive(logFormValues(options.log));

  const form = useSchemaForm({
    schema: MeetingLogBody,
    read: () => ({
      date: values.date,
      ...whole('minutes', values.minutes),
      topics: values.topics,
      ...optionalText('notes', values.notes),
      ...optionalText('nextSteps', values.nextSteps),
    }),
    check: (): FieldError[] => {
      const { startDate } = options.mentorship();
      const outside = values.date !== '' && (values.date < startDate || values.date > today());
      return outside
        ? [{ field: '/date', rule: 'range', message: 'is outside the mentorship' }]
        : [];
    },
    targets: {
      date: `${prefix}-date`,
      minutes: `${prefix}-minutes`,
      topics: `${prefix}-topics`,
      notes: `${prefix}-notes`,
      nextSteps: `${prefix}-next`,
    },
    summaryId: `${prefix}-summary`,
    message: useFieldMessages('mentorships.log.errors', {
      minutes: { min: LOG_LIMITS.minutesMin, max: LOG_LIMITS.minutesMax },
      notes: { max: LOG_LIMITS.notesMax },
      nextSteps: { max: LOG_LIMITS.nextStepsMax },
    }),
    send: options.send,
    onSuccess: (log) => options.onSaved(log),
  });

  // No reset: after a meeting is saved the page mounts a fresh form, errors and all forgotten.
  return { values, form };
}
