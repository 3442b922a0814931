import type { FieldError } from '@mentorbro/core/error';
import { useI18n } from 'vue-i18n';

type Params = Record<string, number | string>;

/**
 * {min} and {max} for every text field of a core schema, read from the schema itself, so a
 * message never states a different limit than the rule it explains.
 */
export function lengthParams(properties: Record<string, unknown>): Record<string, Params> {
  const params: Record<string, Params> = {};
  for (const [field, schema] of Object.entries(properties)) {
    if (typeof schema !== 'object' || schema === null) continue;
    const { minLength, maxLength } = schema as { minLength?: unknown; maxLength?: unknown };
    if (typeof minLength === 'number' && typeof maxLength === 'number') {
      params[field] = { min: minLength, max: maxLength };
    }
  }
  return params;
}

/**
 * Translates a core field error of a profile. Row numbers in the pointer are dropped from the
 * key ("/languages/1/level" → "languages.level") and passed as {row} (1-based), so one text
 * serves every row: `profile.errors.<role>.<field>.<rule>`, `….default`, then the same without
 * the role, then `validation.<rule>`, then one general sentence.
 */
export function useProfileMessages(role: 'mentor' | 'mentee', params: Record<string, Params> = {}) {
  const i18n = useI18n();
  return (error: FieldError): string => {
    const segments = error.field.split('/').filter((segment) => segment !== '');
    const row = segments.find((segment) => /^\d+$/.test(segment));
    const field = segments.filter((segment) => !/^\d+$/.test(segment)).join('.');
    const values = { ...params[field], ...(row === undefined ? {} : { row: Number(row) + 1 }) };
    const keys = [
      `profile.errors.${role}.${field}.${error.rule}`,
      `profile.errors.${role}.${field}.default`,
      `profile.errors.${field}.${error.rule}`,
      `profile.errors.${field}.default`,
      `validation.${error.rule}`,
    ];
    const key = keys.find((candidate) => i18n.te(candidate)) ?? 'validation.default';
    return i18n.t(key, values);
  };
}
