import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { SATISFIED_FROM } from '@mentorbro/core/survey-rules';
import type { SurveyForm } from '@mentorbro/core/survey';
import type { Executor } from '../../db/client';
import { rowsOf, textArray } from '../../db/rows';
import { surveyDefinitions } from '../../db/schema';
import type { Scope } from './stats.repository';

/**
 * Raw counts of the anonymous end answers. These never leave the API as they are: the service
 * turns them into shares and hides every group under SMALL_GROUP. Answers carry only a month,
 * so the period is widened to whole months: from `from`'s month to `to`'s, both included.
 */
const answersIn = (scope: Scope): SQL => sql`a.programme_id = ${scope.programmeId}::uuid
  and a.month between date_trunc('month', ${scope.from}::date::timestamp)::date
    and date_trunc('month', ${scope.to}::date::timestamp)::date
  and ${scope.region === null ? sql`true` : sql`a.region = ${scope.region}`}`;

/** She answered the 1-5 question (it may be skipped); satisfied from 4, as the seed report. */
const rated = sql`jsonb_typeof(a.answers -> 'satisfaction') = 'number'`;
const satisfied = sql`case when ${rated}
  then (a.answers ->> 'satisfaction')::numeric >= ${SATISFIED_FROM} else false end`;

export interface FormCountRow {
  form: SurveyForm;
  answers: number;
  /** Answered the satisfaction question. */
  rated: number;
  satisfied: number;
}

export async function formCounts(db: Executor, scope: Scope): Promise<FormCountRow[]> {
  return rowsOf<FormCountRow>(
    await db.execute(sql`
      select a.form, count(*)::int as answers,
        count(*) filter (where ${rated})::int as rated,
        count(*) filter (where ${satisfied})::int as satisfied
      from survey_answers a
      where ${answersIn(scope)}
      group by a.form`),
  );
}

export interface OptionCountRow {
  form: SurveyForm;
  question: 'outcomes' | 'worked' | 'hard';
  option: string;
  /** Answers that ticked it. */
  n: number;
}

/** How many answers ticked each option of the multiple-choice questions the dashboard shows. */
export async function optionCounts(db: Executor, scope: Scope): Promise<OptionCountRow[]> {
  return rowsOf<OptionCountRow>(
    await db.execute(sql`
      select a.form, q.question, o.option, count(distinct a.id)::int as n
      from survey_answers a
      cross join (values ('outcomes'), ('worked'), ('hard')) as q(question)
      cross join lateral jsonb_array_elements_text(
        case when jsonb_typeof(a.answers -> q.question) = 'array'
          then a.answers -> q.question else '[]'::jsonb end) as o(option)
      where ${answersIn(scope)}
      group by 1, 2, 3`),
  );
}

export interface BackgroundCountRow {
  question: string;
  option: string;
  answers: number;
  job: number;
  education: number;
  better_danish: number;
  rated: number;
  satisfied: number;
}

/** For each background question and the option chosen: the group's size and outcomes. */
export async function backgroundCounts(
  db: Executor,
  scope: Scope,
  questions: readonly string[],
): Promise<BackgroundCountRow[]> {
  const ticked = (outcome: string) =>
    sql`count(*) filter (where a.answers -> 'outcomes' @> jsonb_build_array(${outcome}::text))::int`;
  return rowsOf<BackgroundCountRow>(
    await db.execute(sql`
      select q.question, a.answers ->> q.question as option, count(*)::int as answers,
        ${ticked('job')} as job, ${ticked('education')} as education,
        ${ticked('better_danish')} as better_danish,
        count(*) filter (where ${rated})::int as rated,
        count(*) filter (where ${satisfied})::int as satisfied
      from survey_answers a
      cross join unnest(${textArray(questions)}) as q(question)
      where a.form = 'mentee_end' and ${answersIn(scope)}
        and jsonb_typeof(a.answers -> q.question) = 'string'
      group by 1, 2`),
  );
}

/** The programme's own versions of the end forms, oldest first (none: the defaults hold). */
export async function endFormVersions(db: Executor, programmeId: string) {
  return db
    .select({ form: surveyDefinitions.form, questions: surveyDefinitions.questions })
    .from(surveyDefinitions)
    .where(
      and(
        eq(surveyDefinitions.programmeId, programmeId),
        inArray(surveyDefinitions.form, ['mentee_end', 'mentor_end']),
      ),
    )
    .orderBy(asc(surveyDefinitions.version));
}
