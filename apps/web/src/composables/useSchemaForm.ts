import type { FieldError } from '@mentorbro/core/error';
import { validate } from '@mentorbro/core/validation';
import type { Static, TSchema } from 'typebox';
import { computed, ref, shallowRef } from 'vue';

/**
 * Validates a form with the same core schema the API uses, so the rules are declared once.
 * Errors appear after the first submit and then follow her typing; the summary keeps the
 * list from the last submit, so a screen reader announces it once, not on every key.
 */
export function useSchemaForm<Schema extends TSchema>(schema: Schema, read: () => unknown) {
  const submitted = ref(false);
  const serverErrors = shallowRef<FieldError[]>([]);
  const summary = shallowRef<FieldError[]>([]);

  const errors = computed<FieldError[]>(() => {
    if (!submitted.value) return [];
    const found = validate(schema, read());
    const fields = new Set(found.map((error) => error.field));
    return [...found, ...serverErrors.value.filter((error) => !fields.has(error.field))];
  });

  function errorFor(name: string): FieldError | undefined {
    return errors.value.find((error) => error.field === `/${name}`);
  }

  /** Marks the form submitted; the valid value, or null when something must be fixed. */
  function check(): Static<Schema> | null {
    submitted.value = true;
    serverErrors.value = [];
    const value = read();
    const found = validate(schema, value);
    summary.value = found;
    return found.length === 0 ? (value as Static<Schema>) : null;
  }

  /** The API found what the browser did not (it should not happen: the same schema runs). */
  function setServerErrors(details: FieldError[]) {
    serverErrors.value = details;
    summary.value = details;
  }

  return { errors, summary, errorFor, check, setServerErrors };
}
