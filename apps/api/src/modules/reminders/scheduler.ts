import type { FastifyBaseLogger } from 'fastify';
import { loggableError } from '../../lib/loggable-error';
import { sendDueEmails, type SenderDeps } from '../notifications/outbox.sender';
import {
  askIntroductions,
  expireRequests,
  type JobDeps,
  lapseIntroductions,
  nudgeMentees,
  remindEndingSoon,
  remindMentors,
  remindQuietMentorships,
} from './reminders.jobs';
import { moveSurveyPool } from '../surveys/survey-pool';
import { remindSurveys } from '../surveys/survey-reminders';

/** Every job, in the order one run does them; each is safe to run on several instances at once. */
export const JOBS = {
  remindMentors,
  expireRequests,
  askIntroductions,
  lapseIntroductions,
  remindQuietMentorships,
  remindEndingSoon,
  nudgeMentees,
  remindSurveys,
  moveSurveyPool,
} as const;
export type JobName = keyof typeof JOBS;

/**
 * One run of the scheduled work: every reminder and expiry that is due by the clock. Tests call
 * it directly with a manual clock; the worker calls it every few seconds. A job that fails is
 * logged and the others still run.
 */
export async function runScheduledWork(
  deps: JobDeps & { log?: FastifyBaseLogger },
): Promise<Record<JobName, number>> {
  const done = {} as Record<JobName, number>;
  for (const [name, job] of Object.entries(JOBS) as [
    JobName,
    (deps: JobDeps) => Promise<number>,
  ][]) {
    try {
      done[name] = await job(deps);
    } catch (error) {
      done[name] = 0;
      deps.log?.warn({ err: loggableError(error), job: name }, 'scheduled job failed');
    }
  }
  return done;
}

/**
 * The background loop of one process: scheduled work, then the due emails, then a pause. All
 * coordination is in PostgreSQL (keys that make each reminder once, `skip locked` claims), so
 * any number of instances may run it. Stops when `stop()` is called, after the round in hand.
 */
export function startWorker(deps: SenderDeps & { log: FastifyBaseLogger; intervalMs: number }): {
  stop(): Promise<void>;
} {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();

  const tick = async () => {
    await runScheduledWork(deps);
    try {
      const { sent, failed } = await sendDueEmails(deps);
      if (sent + failed > 0) deps.log.info({ sent, failed }, 'emails sent');
    } catch (error) {
      deps.log.warn({ err: loggableError(error) }, 'sending emails failed');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      round = tick().finally(schedule);
    }, deps.intervalMs);
  };
  round = tick().finally(schedule);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await round;
    },
  };
}
