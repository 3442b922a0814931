import type { GoalCode } from '@mentorbro/core/catalogue';
import type { LogTopic } from '@mentorbro/core/mentorship';
import type { DeclineReason } from '@mentorbro/core/requests';

/** The words and weights of the demo's year of history (demo-history.ts). */

/** Most answer within a few days; the slow ones take up to ten. */
export const ACCEPT_DAYS = [1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 7, 7, 10];
/** Most ask within days of their approval; a few wait weeks. */
export const FIRST_ASK_DAYS = [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 5, 5, 5, 8, 8, 12, 12, 20];
export const DECLINES = {
  no_time: 4,
  not_my_field: 3,
  cannot_help_with_goals: 2,
  too_far: 1,
  other: 1,
};
export const EARLY = { no_time: 6, moved: 3, not_a_good_match: 3, goal_changed: 4, no_contact: 3 };
export const DECLINE_WORDS: Partial<Record<DeclineReason, string>> = {
  no_time: 'Jeg har desværre ikke tid i denne periode. Held og lykke!',
  not_my_field: 'Jeg kender desværre ikke dit fag godt nok. Prøv en mentor fra din branche.',
};
/** Her ask by her first goal, and what they talked about at meetings, by all her goals. */
export const ASKS: Record<GoalCode, string> = {
  job_search: 'med at finde arbejde og skrive et godt CV',
  specific_trade: 'med at komme ind i mit fag her i Danmark',
  education: 'med at vælge den rigtige uddannelse',
  danish_practice: 'med at tale mere dansk i hverdagen',
  network: 'med at lære flere mennesker at kende',
  work_culture: 'med at forstå en dansk arbejdsplads',
  everyday_life: 'med breve fra kommunen og skolen',
  clarify_options: 'med at finde ud af, hvad jeg kan bruge min uddannelse til',
};
export const CLOSINGS = [
  'Jeg kan mødes om eftermiddagen.',
  'Vi kan mødes på en café eller online.',
  'Jeg glæder mig til at høre fra dig.',
];
export const TOPICS: Record<GoalCode, LogTopic[]> = {
  job_search: ['job_search', 'cv', 'interview_practice'],
  specific_trade: ['job_search', 'work_culture'],
  education: ['education'],
  danish_practice: ['danish_practice'],
  network: ['network'],
  work_culture: ['work_culture'],
  everyday_life: ['everyday_life'],
  clarify_options: ['education', 'job_search', 'other'],
};
export const NOTES: Record<LogTopic, string> = {
  cv: 'Vi gennemgik hendes CV og gjorde det kortere.',
  job_search: 'Vi fandt tre stillinger, hun vil søge.',
  interview_practice: 'Vi øvede en jobsamtale på dansk.',
  danish_practice: 'Vi gik en tur og talte kun dansk.',
  education: 'Vi kiggede på uddannelser på ug.dk.',
  work_culture: 'Vi talte om møder og frokostpausen på en dansk arbejdsplads.',
  network: 'Hun kom med til et fagligt arrangement.',
  everyday_life: 'Vi læste et brev fra kommunen sammen.',
  other: 'Vi talte om, hvordan det går derhjemme.',
};
/** The start survey's "most important goal" from her profile's first goal. */
export const MAIN_GOAL: Record<GoalCode, string> = {
  job_search: 'job',
  specific_trade: 'job',
  education: 'education',
  danish_practice: 'danish',
  network: 'network',
  work_culture: 'job',
  everyday_life: 'clarify',
  clarify_options: 'clarify',
};
export const CHALLENGES = { language: 0.6, network: 0.55, labour_market: 0.5, applications: 0.4 };
export const MORE_CHALLENGES = {
  confidence: 0.35,
  education_recognition: 0.3,
  time: 0.2,
  other: 0.05,
};
/** Completed mentorships' outcomes, near the seed report (44 % job, 25 % education). */
export const OUTCOMES = { job: 0.44, education: 0.25, internship: 0.1 };
