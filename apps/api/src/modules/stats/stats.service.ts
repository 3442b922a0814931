import { quietSince } from '@mentorbro/core/mentorship-rules';
import type { Stats, StatsQuery } from '@mentorbro/core/stats';
import { BACKGROUND_QUESTION_IDS } from '@mentorbro/core/survey-rules';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { findProgrammeById } from '../programmes/programmes.repository';
import type { UserRow } from '../users/users.repository';
import { periodOf } from './stats.period';
import { funnel, mentorshipCounts, monthCounts, type Scope } from './stats.repository';
import {
  backgroundCounts,
  endFormVersions,
  formCounts,
  optionCounts,
} from './stats-surveys.repository';
import { surveyNumbers } from './stats.surveys';

/** Null when nothing was answered or expired yet: a rate of nothing is not 0 %. */
const rateOf = (accepted: number, answered: number) =>
  answered === 0 ? null : accepted / answered;

export function statsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    /** The numbers of the coordinator's own programme, for the period and region asked. */
    async get(admin: UserRow, query: StatsQuery): Promise<Stats> {
      const now = clock.now();
      const period = periodOf(query, now);
      const programme = await findProgrammeById(db, admin.programmeId);
      if (!programme) throw new Error('A coordinator without a programme');
      const scope: Scope = { programmeId: programme.id, ...period };
      const since = quietSince(now, programme.quietDays);
      // One snapshot for every section, so the funnel, the months and the surveys agree even
      // while members keep writing.
      return db.transaction(
        async (tx) => {
          const f = await funnel(tx, scope);
          const m = await mentorshipCounts(tx, scope, since);
          const months = await monthCounts(tx, scope);
          const surveys = surveyNumbers({
            forms: await formCounts(tx, scope),
            options: await optionCounts(tx, scope),
            background: await backgroundCounts(tx, scope, BACKGROUND_QUESTION_IDS),
            versions: await endFormVersions(tx, scope.programmeId),
          });
          return {
            period,
            funnel: {
              registered: f.registered,
              approved: f.approved,
              firstRequest: f.first_request,
              firstMatch: f.first_match,
              // Withdrawn and still pending requests were never answered by a mentor.
              acceptanceRate: rateOf(
                f.requests_accepted,
                f.requests_accepted + f.requests_declined + f.requests_expired,
              ),
              medianDaysToMatch: f.median_days,
              requestsSent: f.requests_sent,
              requestsAccepted: f.requests_accepted,
              requestsDeclined: f.requests_declined,
              requestsExpired: f.requests_expired,
            },
            mentorships: {
              active: m.active,
              quiet: m.quiet,
              completed: m.completed,
              endedEarly: m.ended_early,
            },
            months,
            ...surveys,
          };
        },
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      );
    },
  };
}
