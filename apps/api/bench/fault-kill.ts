import { setTimeout as sleep } from 'node:timers/promises';
import {
  apiSessions,
  type Check,
  describe,
  type FaultContext,
  type FaultOutcome,
  statusesOf,
  waitUntil,
} from './fault-checks';
import { checkInvariants } from './invariants';
import { summarise } from './journey-record';
import { log, startJourney, startJourneyApi } from './journey-run';

/** Members call without pausing before each kill, so writes are in flight when it lands. */
const LOAD_BEFORE_KILL_MS = 4_000;
/** The journey on the restarted API. */
const AFTER_SECONDS = 8;

/**
 * The API process killed (SIGKILL: no handler, no drain) while members write, a few times
 * over; then the database is checked for half-written moves, and a new API process must
 * serve the journey on it without errors.
 */
export async function killMidWrite(context: FaultContext): Promise<FaultOutcome> {
  const fault = 'kill';
  const url = context.postgres.url;
  log(`Fault 2, API killed mid-request: ${context.kills} × SIGKILL under ${context.users} members`);
  const kills: {
    round: number;
    writesInFlight: number;
    transactionsOpen: number;
    writesUnanswered: number;
    answersBefore: number;
  }[] = [];
  for (let round = 1; round <= context.kills; round++) {
    const api = await startJourneyApi(url, 10);
    context.apis.add(api);
    const journey = startJourney(
      api.origin,
      context.population,
      {
        seconds: 3_600,
        thinkMs: 0,
        timeoutMs: 15_000,
        rampSeconds: 1,
        users: context.users,
        seed: 200 + round,
      },
      context.created,
    );
    const recorder = journey.recorder;
    // A different moment in each round.
    await sleep(LOAD_BEFORE_KILL_MS + round * 370);
    const sessions = await apiSessions(url);
    const writesInFlight = [...recorder.inFlight.entries()]
      .filter(([route]) => route.startsWith('POST') && !route.startsWith('POST /api/auth'))
      .reduce((sum, [, count]) => sum + count, 0);
    journey.stop();
    api.signal('SIGKILL');
    await api.exited;
    context.apis.delete(api);
    await journey.done;
    const unanswered = recorder.samples.filter((s) => s.kind === 'write' && s.status === 0);
    kills.push({
      round,
      writesInFlight,
      transactionsOpen: sessions.inTransaction,
      writesUnanswered: unanswered.length,
      answersBefore: recorder.samples.filter((s) => s.status !== 0).length,
    });
    log(
      `Kill ${round}: ${writesInFlight} writes in flight, ${sessions.inTransaction} of the ` +
        `API's sessions in a transaction just before; ${unanswered.length} writes got no answer`,
    );
  }
  // PostgreSQL rolls back the transactions of connections that died; wait until it has.
  const closed = await waitUntil(async () => (await apiSessions(url)).sessions === 0, 10_000);
  const invariants = await checkInvariants(url);
  const broken = invariants.filter((invariant) => invariant.violations > 0);

  log(`Starting the API again on the same database; ${AFTER_SECONDS} s of the journey`);
  const api = await startJourneyApi(url, 10);
  context.apis.add(api);
  const journey = startJourney(
    api.origin,
    context.population,
    {
      seconds: AFTER_SECONDS,
      thinkMs: context.thinkMs,
      timeoutMs: 15_000,
      rampSeconds: 1,
      users: context.users,
      seed: 299,
    },
    context.created,
  );
  await journey.done;
  await api.stop();
  const exit = await api.exited;
  context.apis.delete(api);
  const after = summarise(journey.recorder.samples, journey.recorder.now() / 1000);

  const checks: Check[] = [
    {
      fault,
      name: 'SIGKILL landed while writes were in flight',
      pass: kills.some((kill) => kill.writesInFlight > 0),
      numbers: kills
        .map(
          (k) =>
            `kill ${k.round}: ${k.writesInFlight} writes in flight, ${k.transactionsOpen} transactions open, ${k.writesUnanswered} unanswered`,
        )
        .join('; '),
    },
    {
      fault,
      name: 'no half-written state after the kills (every invariant holds)',
      pass: closed && broken.length === 0,
      numbers:
        broken.length === 0
          ? `${invariants.length} invariants, 0 rows breaking them`
          : broken.map((b) => `${b.name}: ${b.violations}`).join('; '),
    },
    {
      fault,
      name: 'a new API process serves the journey on that database without errors',
      pass: after.errors === 0 && exit.code === 0,
      numbers: `${after.responses} answers: ${describe(statusesOf(journey.recorder.samples))}; exit ${exit.code ?? exit.signal}`,
    },
  ];
  return { checks, details: { kills, invariants, after } };
}
