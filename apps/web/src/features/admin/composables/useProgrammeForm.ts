import { LANGUAGES } from '@mentorbro/core/catalogue';
import { ProgrammeRules } from '@mentorbro/core/programme';
import { reactive } from 'vue';
import { useI18n } from 'vue-i18n';
import { useFieldMessages } from '@/composables/useFieldMessages';
import { useSchemaForm } from '@/composables/useSchemaForm';
import { useAdminStore } from '../admin.store';

/** The three number rules; typed as text so a half-typed value is hers until she submits. */
export const NUMBER_RULES = [
  'maxOpenRequestsPerMentee',
  'requestExpiryDays',
  'defaultMentorshipMonths',
] as const;
export type NumberRule = (typeof NUMBER_RULES)[number];

/** The limits core sets on each number, shown in the hint and checked by the same schema. */
export const NUMBER_LIMITS: Record<NumberRule, { min: number; max: number }> = {
  maxOpenRequestsPerMentee: { min: 1, max: 10 },
  requestExpiryDays: { min: 3, max: 60 },
  defaultMentorshipMonths: { min: 4, max: 12 },
};

/** A whole number as the API expects it; anything else is passed on for the schema to refuse. */
function toInteger(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** Edits the programme's rules, validated with core's ProgrammeRules, the schema the API uses. */
export function useProgrammeForm(initial: ProgrammeRules) {
  const store = useAdminStore();
  const { t } = useI18n();
  const values = reactive({
    name: initial.name,
    womenOnly: initial.womenOnly,
    languages: [...initial.languages] as string[],
    maxOpenRequestsPerMentee: String(initial.maxOpenRequestsPerMentee),
    requestExpiryDays: String(initial.requestExpiryDays),
    defaultMentorshipMonths: String(initial.defaultMentorshipMonths),
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

  const form = useSchemaForm({
    schema: ProgrammeRules,
    read: () => ({
      name: values.name.trim(),
      womenOnly: values.womenOnly,
      // In the catalogue's order, whatever order she ticked them in.
      languages: LANGUAGES.map((language) => language.code).filter((code) =>
        values.languages.includes(code),
      ),
      ...numbers(),
      allowParallelMentorships: values.allowParallelMentorships,
      menteeApprovalRequired: values.menteeApprovalRequired,
    }),
    targets: {
      name: 'programme-name',
      womenOnly: 'programme-womenOnly',
      languages: `programme-languages-${LANGUAGES[0].code}`,
      maxOpenRequestsPerMentee: 'programme-maxOpenRequestsPerMentee',
      requestExpiryDays: 'programme-requestExpiryDays',
      defaultMentorshipMonths: 'programme-defaultMentorshipMonths',
      allowParallelMentorships: 'programme-allowParallelMentorships',
      menteeApprovalRequired: 'programme-menteeApprovalRequired',
    },
    summaryId: 'programme-summary',
    message: useFieldMessages('admin.programme.errors'),
    send: (rules: ProgrammeRules) => store.saveProgramme(rules),
    onSuccess: async () => {
      store.announce(t('admin.programme.saved'));
    },
  });

  return { values, form };
}
