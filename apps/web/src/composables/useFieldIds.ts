import { computed } from 'vue';

/** What every field has: an id, and maybe a hint and an error about it. */
export interface FieldDescription {
  readonly id: string;
  readonly hint?: string;
  readonly error?: string;
}

/**
 * The ids of a field's hint and error, and the attributes its control (or group) takes from
 * them. The error is read before the hint: it is what she needs to act on.
 */
export function useFieldIds(field: FieldDescription) {
  const hintId = computed(() => `${field.id}-hint`);
  const errorId = computed(() => `${field.id}-error`);
  const describedBy = computed(
    () =>
      [field.error ? errorId.value : null, field.hint ? hintId.value : null]
        .filter(Boolean)
        .join(' ') || undefined,
  );
  const invalid = computed(() => (field.error ? ('true' as const) : undefined));
  return { hintId, errorId, describedBy, invalid };
}
