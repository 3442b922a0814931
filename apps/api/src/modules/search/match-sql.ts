import { type SQL, sql } from 'drizzle-orm';
import type { MatchCondition, MatchPlan } from '@mentorbro/core/match';
import { textArray } from '../../db/rows';

/**
 * Core's match plan as SQL over `mentor_profiles m`. Each condition reads the column it names
 * in core, and the score adds the terms in the plan's order in double precision, as
 * scoreWithPlan() does in TypeScript, so both give the same integer for the same mentor.
 */
export function conditionSql(condition: MatchCondition): SQL {
  switch (condition.kind) {
    case 'goal':
      return sql`(${condition.goal} = any(m.goals))`;
    case 'field':
      return sql`(m.field = any(${textArray(condition.fields)}))`;
    case 'language':
    case 'motherTongue':
      return sql`(m.language_levels && ${textArray(condition.tokens)})`;
    case 'municipality':
      return sql`(m.municipality = ${condition.municipality})`;
    case 'region':
      return sql`(m.region = ${condition.region})`;
    case 'meetingMode':
      return sql`(m.meeting_mode = any(${textArray(condition.modes)}))`;
    case 'migrantBackground':
      return sql`(m.migrant_background is true)`;
    case 'education':
      return sql`(m.education_level = any(${textArray(condition.levels)}))`;
  }
}

/** The hard rule: a language both can use. */
export const sharesLanguage = (plan: MatchPlan): SQL =>
  sql`(m.language_levels && ${textArray(plan.usable)})`;

/** The 0-100 score, or null when they share no usable language. */
export function scoreSql(plan: MatchPlan): SQL {
  const earned = sql.join(
    plan.terms.map(
      (term) =>
        sql`(case when ${conditionSql(term.condition)} then ${String(term.points)}::float8 else 0::float8 end)`,
    ),
    sql` + `,
  );
  return sql`(case when ${sharesLanguage(plan)} then floor(100 * (0::float8 + ${earned}) / ${String(plan.max)}::float8 + 0.5)::int end)`;
}
