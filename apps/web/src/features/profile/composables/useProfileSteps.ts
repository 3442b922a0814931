import type { FieldError } from '@mentorbro/core/error';
import { computed, nextTick, reactive, ref, shallowRef } from 'vue';
import type { SummaryItem } from '@/components/ErrorSummary.vue';
import { useAsync } from '@/composables/useAsync';
import { ApiError } from '@/lib/http';
import { focusById } from '@/lib/focus';

/** One screen of the editor: a few questions that belong together. */
export interface ProfileStep<Field extends string> {
  /** Names the step in the texts: `profile.<role>.steps.<id>`. */
  id: string;
  fields: readonly Field[];
}

export interface ProfileStepsOptions<Field extends string, Body> {
  steps: readonly ProfileStep<Field>[];
  /** The body as the API would receive it, read from the draft. */
  read: () => unknown;
  /** Core's rules for the whole body (checkMentorProfile, checkMenteeProfile). */
  check: (value: unknown) => FieldError[];
  /** The id of the element an error links to. */
  target: (error: FieldError) => string;
  message: (error: FieldError) => string;
  /** Sends the whole profile, on the last step. */
  send: (body: Body) => Promise<unknown>;
  onSaved: () => Promise<unknown>;
  headingId: string;
  summaryId: string;
  initialStep?: number;
}

/** The top-level field a JSON pointer like "/languages/0/level" points into. */
export const fieldOf = (error: FieldError) => error.field.split('/')[1] ?? '';

function serverDetails(error: unknown): FieldError[] {
  return error instanceof ApiError && error.code === 'validation_failed' ? error.details : [];
}

/**
 * A profile asked step by step, for a phone: each step is checked with core's rules before
 * she goes on, and the whole profile is sent once, from the last step. Errors show after she
 * has tried to go on and then follow her typing; the summary keeps the list from that try and
 * gets focus (as in useSchemaForm). A step change moves focus to the step's heading.
 */
export function useProfileSteps<Field extends string, Body>(
  options: ProfileStepsOptions<Field, Body>,
) {
  const { steps, read, check, target, message, headingId, summaryId } = options;
  const last = steps.length - 1;
  const index = ref(Math.min(Math.max(options.initialStep ?? 0, 0), last));
  /** Steps she has tried to leave (or send): their errors show. */
  const tried = ref(new Set<number>());
  const serverErrors = shallowRef<FieldError[]>([]);
  const summary = shallowRef<FieldError[]>([]);
  const submission = useAsync(options.send);

  const order: string[] = steps.flatMap((step) => [...step.fields]);
  const stepOf = (error: FieldError) => {
    const found = steps.findIndex((step) =>
      (step.fields as readonly string[]).includes(fieldOf(error)),
    );
    // An error outside every step (the body as a whole) belongs to the last one, with the button.
    return found === -1 ? last : found;
  };
  const byPageOrder = (errors: readonly FieldError[]) =>
    [...errors].sort((a, b) => {
      const position = (error: FieldError) => {
        const found = order.indexOf(fieldOf(error));
        return found === -1 ? order.length : found;
      };
      return position(a) - position(b);
    });

  /** Every error now: core's rules on the draft, then the server's for fields core finds fine. */
  function allErrors(): FieldError[] {
    const found = check(read());
    const invalid = new Set(found.map((error) => error.field));
    return [...found, ...serverErrors.value.filter((error) => !invalid.has(error.field))];
  }

  const errors = computed<FieldError[]>(() => {
    if (tried.value.size === 0) return [];
    return allErrors().filter((error) => tried.value.has(stepOf(error)));
  });

  /** The error of one exact field, e.g. "/languages/1/level". */
  function errorAt(pointer: string): string | undefined {
    const error = errors.value.find((candidate) => candidate.field === pointer);
    return error ? message(error) : undefined;
  }

  /** The first error anywhere in a top-level field, for a group that shows one message. */
  function errorIn(field: Field): string | undefined {
    const error = errors.value.find((candidate) => fieldOf(candidate) === field);
    return error ? message(error) : undefined;
  }

  const summaryItems = computed<SummaryItem[]>(() =>
    byPageOrder(summary.value).map((error) => ({ target: target(error), message: message(error) })),
  );

  async function focusAfterRender(id: string) {
    await nextTick();
    focusById(id);
  }

  async function showStep(step: number, found: FieldError[] = []) {
    index.value = step;
    summary.value = found;
    await focusAfterRender(found.length > 0 ? summaryId : headingId);
  }

  function markTried(...indexes: number[]) {
    tried.value = new Set([...tried.value, ...indexes]);
  }

  /** Goes on when this step's answers meet the rules; otherwise lists what to fix. */
  async function next(): Promise<void> {
    const current = index.value;
    markTried(current);
    const found = allErrors().filter((error) => stepOf(error) === current);
    if (found.length > 0) {
      summary.value = found;
      await focusAfterRender(summaryId);
      return;
    }
    await showStep(Math.min(current + 1, last));
  }

  /** Back never checks anything: she may go back to look or change her mind. */
  async function back(): Promise<void> {
    await showStep(Math.max(index.value - 1, 0));
  }

  /** Back to the first step with nothing marked as wrong: she starts again. */
  async function restart(): Promise<void> {
    tried.value = new Set();
    serverErrors.value = [];
    await showStep(0);
  }

  /** Opens the first step with something to fix and lists that step's errors. */
  async function showFirstProblem(found: FieldError[]) {
    const first = Math.min(...found.map(stepOf));
    await showStep(
      first,
      found.filter((error) => stepOf(error) === first),
    );
  }

  async function submit(): Promise<void> {
    markTried(...steps.keys());
    serverErrors.value = [];
    const body = read();
    const found = check(body);
    if (found.length > 0) return showFirstProblem(found);
    summary.value = [];

    const result = await submission.run(body as Body);
    if (result.ok) {
      await options.onSaved();
      return;
    }
    // The API found what the browser did not (a programme rule, for example).
    const details = serverDetails(submission.error.value);
    if (details.length > 0) {
      serverErrors.value = details;
      await showFirstProblem(details);
    }
  }

  /** The failure to show above the buttons; null when the fields already say what is wrong. */
  const failure = computed(() => {
    const error = submission.error.value;
    return serverDetails(error).length > 0 ? null : error;
  });

  return reactive({
    index,
    total: steps.length,
    stepId: computed(() => steps[index.value]?.id ?? ''),
    isFirst: computed(() => index.value === 0),
    isLast: computed(() => index.value === last),
    headingId,
    summaryId,
    summaryItems,
    loading: submission.loading,
    failure,
    errorAt,
    errorIn,
    next,
    back,
    restart,
    submit,
  });
}

/** What ProfileStepper.vue shows: where she is, what to fix, and the buttons' state. */
export interface ProfileStepsView {
  readonly index: number;
  readonly total: number;
  /** The current step's id, which names its title and its questions. */
  readonly stepId: string;
  readonly isFirst: boolean;
  readonly isLast: boolean;
  readonly headingId: string;
  readonly summaryId: string;
  readonly summaryItems: readonly SummaryItem[];
  readonly loading: boolean;
  readonly failure: unknown;
  next(): Promise<void>;
  back(): Promise<void>;
  submit(): Promise<void>;
}
