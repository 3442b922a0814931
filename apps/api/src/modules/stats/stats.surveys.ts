import {
  type BackgroundRow,
  type FormTallies,
  type Outcomes,
  shareOf,
  SMALL_GROUP,
  type Stats,
} from '@mentorbro/core/stats';
import type { SurveyQuestion } from '@mentorbro/core/survey';
import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import {
  BACKGROUND_QUESTION_IDS,
  BACKGROUND_QUESTIONS,
  OUTCOME_INDICATORS,
} from '@mentorbro/core/survey-rules';
import type { BackgroundCountRow, FormCountRow, OptionCountRow } from './stats-surveys.repository';
import { suppressGroups } from './stats.suppression';

type EndForm = 'mentee_end' | 'mentor_end';

export interface SurveyCounts {
  forms: FormCountRow[];
  options: OptionCountRow[];
  background: BackgroundCountRow[];
  /** The programme's saved versions of the end forms, oldest first. */
  versions: { form: string; questions: SurveyQuestion[] }[];
}

/** A count of answers is shown only from SMALL_GROUP up, like every share made from it. */
const shown = (answers: number) => (answers < SMALL_GROUP ? null : answers);

/**
 * The survey half of the dashboard. "Too few to show" holds for every number: each share goes
 * through core's `shareOf`, which is null unless at least SMALL_GROUP said yes and SMALL_GROUP
 * did not, each count through `shown`, and the background rows through `suppressGroups`, which
 * also hides what could be worked out by subtraction from the totals. Denominators:
 * - outcome and tally shares: all answers of the form (or of the background group), since
 *   an unticked box is an answer too ("each share of all who answered");
 * - satisfied: only the answers that rated the match, since the question may be skipped; a
 *   skipped rating is neither satisfied nor not, and the rule applies to those who rated.
 */
export function surveyNumbers(
  counts: SurveyCounts,
): Pick<Stats, 'outcomes' | 'background' | 'mentees' | 'mentors'> {
  const formOf = (form: EndForm) =>
    counts.forms.find((row) => row.form === form) ?? { answers: 0, rated: 0, satisfied: 0 };
  const ticked = new Map(
    counts.options.map((row) => [`${row.form}/${row.question}/${row.option}`, row.n]),
  );
  const tickedOf = (form: EndForm, question: string, option: string) =>
    ticked.get(`${form}/${question}/${option}`) ?? 0;

  const mentee = formOf('mentee_end');
  const outcomes: Outcomes = {
    answers: shown(mentee.answers),
    shares: Object.fromEntries(
      OUTCOME_INDICATORS.map((indicator) => [
        indicator,
        shareOf(tickedOf('mentee_end', 'outcomes', indicator), mentee.answers),
      ]),
    ) as Outcomes['shares'],
    satisfied: shareOf(mentee.satisfied, mentee.rated),
  };

  const groups = new Map(counts.background.map((row) => [`${row.question}/${row.option}`, row]));
  // Every catalogue option gets its row, so a group too small to show looks like an empty one;
  // each question's rows together hide what the total minus the shown rows would tell.
  const background: BackgroundRow[] = BACKGROUND_QUESTION_IDS.flatMap((question) =>
    suppressGroups(
      BACKGROUND_QUESTIONS[question].map((option) => {
        const group = groups.get(`${question}/${option}`);
        const size = group?.answers ?? 0;
        return {
          option,
          answers: size,
          measures: {
            job: { count: group?.job ?? 0, of: size },
            education: { count: group?.education ?? 0, of: size },
            betterDanish: { count: group?.better_danish ?? 0, of: size },
            satisfied: { count: group?.satisfied ?? 0, of: group?.rated ?? 0 },
          },
        };
      }),
      mentee.answers,
    ).map((row) => ({ question, ...row })),
  );

  /**
   * One row per option of the default form's question, then the options the programme's own
   * versions added, in the order they were added: the list never depends on what was ticked,
   * so it says nothing about a small group either.
   */
  const optionsOf = (form: EndForm, question: string) => {
    const ids = new Set<string>();
    const versions = [
      DEFAULT_SURVEYS[form].questions,
      ...counts.versions.filter((v) => v.form === form).map((v) => v.questions),
    ];
    for (const questions of versions) {
      const found = questions.find((q) => q.id === question);
      for (const option of found?.options ?? []) ids.add(option.id);
    }
    return [...ids];
  };
  const tallies = (form: EndForm): FormTallies => {
    const answered = formOf(form);
    const rows = (question: 'worked' | 'hard') =>
      optionsOf(form, question).map((option) => ({
        option,
        share: shareOf(tickedOf(form, question, option), answered.answers),
      }));
    return {
      answers: shown(answered.answers),
      satisfied: shareOf(answered.satisfied, answered.rated),
      worked: rows('worked'),
      hard: rows('hard'),
    };
  };

  return { outcomes, background, mentees: tallies('mentee_end'), mentors: tallies('mentor_end') };
}
