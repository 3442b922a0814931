import { LANGUAGES } from '@mentorbro/core/catalogue';
import type { FieldError } from '@mentorbro/core/error';
import { ProgrammeRules } from '@mentorbro/core/programme';
import { reactive } from 'vue';
import { useI18n } from 'vue-i18n';
import { useFieldMessages } from '@/composables/useFieldMessages';
import { useSchemaForm } from '@/composables/useSchemaForm';
import { useAdminStore } from '../admin.store';
import {
  BASIC_NUMBER_RULES,
  conflictErrors,
  isNumberRule,
  NUMBER_LIMITS,
  NUMBER_RULES,
  type NumberRule,
  REMINDER_NUMBER_RULES,
  toInteger,
} from '../programme-numbers';

/** Each number typed as text, so a half-typed value is hers until she submits. */
const numberTexts = (rules: ProgrammeRules) =>
  Object.fromEntries(NUMBER_RULES.map((rule) => [rule, String(rules[rule])])) as Record<
    NumberRule,
    string
  >;

const targetOf = (rule: NumberRule) => `programme-${rule}`;

/** Edits the programme's rules, validated with core's ProgrammeRules, the schema the API uses. */
export function useProgrammeForm(initial: ProgrammeRules) {
  const store = useAdminStore();
  const i18n = useI18n();
  const { t } = i18n;
  const values = reactive({
    name: initial.name,
    womenOnly: initial.womenOnly,
    languages: [...initial.languages] as string[],
    ...numberTexts(initial),
    allowParallelMentorships: initial.allowParallelMentorships,
    menteeApprovalRequired: initial.menteeApprovalRequired,
  });

  const numbers = () => {
    const body: Record<string, number | string> = {};
    for (const rule of NUMBER_RULES) {
      const value = toInteger(values[rule]);
      if (value !== undefined) body[rule] = value;
    }
    return body;
  };

  const read = () => ({
    name: values.name.trim(),
    womenOnly: values.womenOnly,
    // In the catalogue's order, whatever order she ticked them in.
    languages: LANGUAGES.map((language) => language.code).filter((code) =>
      values.languages.includes(code),
    ),
    ...numbers(),
    allowParallelMentorships: values.allowParallelMentorships,
    menteeApprovalRequired: values.menteeApprovalRequired,
  });

  // Every number has the same message with its own limits; an order between two rules says
  // which one must come first, in the field's own words.
  const fieldMessage = useFieldMessages('admin.programme.errors');
  const message = (error: FieldError): string => {
    const field = error.field.slice(1);
    if (error.rule === 'after_next') {
      const key = `admin.programme.errors.${field}.after_next`;
      return t(i18n.te(key) ? key : 'admin.programme.errors.afterNext');
    }
    if (isNumberRule(field)) return t('admin.programme.errors.number', { ...NUMBER_LIMITS[field] });
    return fieldMessage(error);
  };

  const form = useSchemaForm({
    schema: ProgrammeRules,
    read,
    // In the order of the page: the summary lists them so.
    targets: {
      name: 'programme-name',
      womenOnly: 'programme-womenOnly',
      languages: `programme-languages-${LANGUAGES[0].code}`,
      ...Object.fromEntries(BASIC_NUMBER_RULES.map((rule) => [rule, targetOf(rule)])),
      allowParallelMentorships: 'programme-allowParallelMentorships',
      menteeApprovalRequired: 'programme-menteeApprovalRequired',
      ...Object.fromEntries(REMINDER_NUMBER_RULES.map((rule) => [rule, targetOf(rule)])),
    } as Record<keyof ProgrammeRules, string>,
    summaryId: 'programme-summary',
    message,
    check: () => conflictErrors(read()),
    send: (rules: ProgrammeRules) => store.saveProgramme(rules),
    onSuccess: async () => {
      store.announce(t('admin.programme.saved'));
    },
  });

  return { values, form };
}
