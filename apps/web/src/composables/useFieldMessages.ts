import type { FieldError } from '@mentorbro/core/error';
import { useI18n } from 'vue-i18n';

type Params = Record<string, number | string>;

/**
 * Translates a core field error by field and rule: `<scope>.<field>.<rule>`, then
 * `<scope>.<field>.default`, then `validation.<rule>`, then one general sentence.
 */
export function useFieldMessages(scope: string, params: Record<string, Params> = {}) {
  const i18n = useI18n();
  return (error: FieldError): string => {
    const field = error.field.replace(/^\//, '').replaceAll('/', '.');
    const values = params[field] ?? {};
    const keys = [
      `${scope}.${field}.${error.rule}`,
      `${scope}.${field}.default`,
      `validation.${error.rule}`,
    ];
    const key = keys.find((candidate) => i18n.te(candidate)) ?? 'validation.default';
    return i18n.t(key, values);
  };
}
