import type { CatalogueEntry } from './label';

/** The mentee's goals, in the order the programmes weigh them when matching (DOMAIN.md step 2). */
export const GOALS = [
  { code: 'job_search', label: { da: 'Jobsøgning', en: 'Job search' } },
  { code: 'specific_trade', label: { da: 'Et bestemt fag', en: 'A specific trade' } },
  { code: 'education', label: { da: 'Uddannelse', en: 'Education' } },
  { code: 'danish_practice', label: { da: 'Øve dansk', en: 'Practise Danish' } },
  { code: 'network', label: { da: 'Netværk', en: 'Network' } },
  { code: 'work_culture', label: { da: 'Arbejdskultur', en: 'Work culture' } },
  { code: 'everyday_life', label: { da: 'Hverdagsliv', en: 'Everyday life' } },
  { code: 'clarify_options', label: { da: 'Afklare mine muligheder', en: 'Clarify my options' } },
] as const satisfies readonly CatalogueEntry[];

export type GoalCode = (typeof GOALS)[number]['code'];
