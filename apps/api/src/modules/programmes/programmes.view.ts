import {
  type ProgrammeRules,
  type PublicProgramme,
  REMINDER_RULE_NAMES,
  type ReminderRule,
} from '@mentorbro/core/programme';
import type { LanguageCode } from '@mentorbro/core/catalogue';
import type { ProgrammeRow } from './programmes.repository';

export function toRules(row: ProgrammeRow): ProgrammeRules {
  return {
    name: row.name,
    womenOnly: row.womenOnly,
    // The database's check keeps this column to catalogue codes.
    languages: row.languages as LanguageCode[],
    maxOpenRequestsPerMentee: row.maxOpenRequestsPerMentee,
    requestExpiryDays: row.requestExpiryDays,
    defaultMentorshipMonths: row.defaultMentorshipMonths,
    allowParallelMentorships: row.allowParallelMentorships,
    menteeApprovalRequired: row.menteeApprovalRequired,
    ...(Object.fromEntries(REMINDER_RULE_NAMES.map((name) => [name, row[name]])) as Record<
      ReminderRule,
      number
    >),
  };
}

export function toPublicProgramme(row: ProgrammeRow): PublicProgramme {
  const rules = toRules(row);
  return {
    slug: row.slug,
    name: rules.name,
    womenOnly: rules.womenOnly,
    languages: rules.languages,
  };
}
