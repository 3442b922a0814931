import type { FieldError } from '@mentorbro/core/error';
import { validate } from '@mentorbro/core/validation';
import type { Static, TSchema } from 'typebox';
import { computed, nextTick, reactive, ref, shallowRef } from 'vue';
import type { SummaryItem } from '@/components/ErrorSummary.vue';
import { ApiError } from '@/lib/http';
import { focusById } from '@/lib/focus';
import { useAsync } from './useAsync';

/** Every field of the body, mapped to the id of the element its error links to. */
export type FieldTargets<Body> = Readonly<Record<keyof Body & string, string>>;

/** What SchemaForm.vue shows: the summary, the failure and the button's state. */
export interface SchemaFormView {
  readonly summaryId: string;
  readonly summaryItems: readonly SummaryItem[];
  readonly loading: boolean;
  readonly failure: unknown;
  submit(): Promise<void>;
}

/** The field errors of a validation_failed answer; none for any other failure. */
function serverDetails(error: unknown): FieldError[] {
  return error instanceof ApiError && error.code === 'validation_failed' ? error.details : [];
}

export interface SchemaFormOptions<Schema extends TSchema, Result> {
  /** Core's schema for the body: the API validates with the same one. */
  schema: Schema;
  /** The body as the API would receive it, read from the form's values. */
  read: () => unknown;
  /** Where each field's error links to, in the order the fields appear on the page. */
  targets: FieldTargets<Static<Schema>>;
  /** The id of the error summary, which gets focus when something must be fixed. */
  summaryId: string;
  /** Translates a field error; see useFieldMessages. */
  message: (error: FieldError) => string;
  send: (body: Static<Schema>) => Promise<Result>;
  /**
   * Rules the schema cannot say, checked beside it with the same error shape (a field required
   * only when another has a certain value). The API checks them too; this says so before sending.
   */
  check?: () => FieldError[];
  /** After the API said yes: go on to the next page. */
  onSuccess: (result: Result, body: Static<Schema>) => Promise<unknown>;
}

/**
 * A form validated with the same core schema the API uses, so the rules are declared once, and
 * sent to the API. Errors appear after the first submit and then follow her typing; the summary
 * keeps the list from the last submit and gets focus, so a screen reader reads it once, not on
 * every key. The API's validation_failed details are shown the same way as the browser's.
 */
export function useSchemaForm<Schema extends TSchema, Result>(
  options: SchemaFormOptions<Schema, Result>,
) {
  const { schema, read, targets, summaryId, message } = options;
  const submitted = ref(false);
  const serverErrors = shallowRef<FieldError[]>([]);
  const summary = shallowRef<FieldError[]>([]);
  const submission = useAsync(options.send);
  const fields: string[] = Object.keys(targets);

  /** The schema's errors, then the extra rules' for fields the schema found nothing wrong with. */
  function findErrors(body: unknown): FieldError[] {
    const found = validate(schema, body);
    const invalid = new Set(found.map((error) => error.field));
    const extra = (options.check?.() ?? []).filter((error) => !invalid.has(error.field));
    return [...found, ...extra];
  }

  const errors = computed<FieldError[]>(() => {
    if (!submitted.value) return [];
    const found = findErrors(read());
    const invalid = new Set(found.map((error) => error.field));
    return [...found, ...serverErrors.value.filter((error) => !invalid.has(error.field))];
  });

  /** The top-level field a JSON pointer like "/email" points into. */
  const fieldOf = (error: FieldError) => error.field.split('/')[1] ?? '';
  const position = (error: FieldError) => {
    const index = fields.indexOf(fieldOf(error));
    return index === -1 ? fields.length : index;
  };
  const targetOf = (error: FieldError) =>
    (targets as Record<string, string | undefined>)[fieldOf(error)] ??
    Object.values<string>(targets)[0] ??
    summaryId;

  const summaryItems = computed<SummaryItem[]>(() =>
    [...summary.value]
      .sort((a, b) => position(a) - position(b))
      .map((error) => ({ target: targetOf(error), message: message(error) })),
  );

  /** The error of one value by its JSON pointer, e.g. "/contact/phone" inside an object. */
  function errorAt(pointer: string): string | undefined {
    const error = errors.value.find((candidate) => candidate.field === pointer);
    return error ? message(error) : undefined;
  }

  function errorText(field: keyof Static<Schema> & string): string | undefined {
    return errorAt(`/${field}`);
  }

  /** The failure to show above the button; null when the fields already show what is wrong. */
  const failure = computed(() => {
    const error = submission.error.value;
    return serverDetails(error).length > 0 ? null : error;
  });

  function failedWith(code: string): boolean {
    const error = submission.error.value;
    return error instanceof ApiError && error.code === code;
  }

  async function showSummary(found: FieldError[]) {
    summary.value = found;
    await nextTick();
    focusById(summaryId);
  }

  async function submit(): Promise<void> {
    submitted.value = true;
    serverErrors.value = [];
    const body = read();
    const found = findErrors(body);
    if (found.length > 0) return showSummary(found);
    summary.value = [];

    const valid = body as Static<Schema>;
    const result = await submission.run(valid);
    if (result.ok) {
      await options.onSuccess(result.value, valid);
      return;
    }
    // The API found what the browser did not (rare: the same schema runs on both sides).
    const details = serverDetails(submission.error.value);
    if (details.length > 0) {
      serverErrors.value = details;
      await showSummary(details);
    }
  }

  return reactive({
    summaryId,
    summaryItems,
    loading: submission.loading,
    error: submission.error,
    failure,
    errorText,
    errorAt,
    failedWith,
    submit,
  });
}
