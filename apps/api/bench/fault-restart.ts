import { setTimeout as sleep } from 'node:timers/promises';
import {
  type Check,
  describe,
  probeEvery,
  type FaultContext,
  type FaultOutcome,
  seconds,
  statusesOf,
} from './fault-checks';
import type { Sample } from './journey-record';
import { log, startJourney, startJourneyApi } from './journey-run';

/** Load before the stop, so every pooled connection is open and busy when it goes. */
const WARM_MS = 6_000;
/** Load after the start, to see the API serve again and settle. */
const AFTER_MS = 10_000;
/** The pool's connect timeout (db/client.ts) and a second for the answer to travel. */
const HANG_LIMIT_MS = 6_000;

/** GET /api/health/ready: the API's own view of its database (0 for no answer). */
function readyStatus(origin: string): Promise<number> {
  return fetch(`${origin}/api/health/ready`, { signal: AbortSignal.timeout(10_000) }).then(
    async (response) => {
      await response.arrayBuffer();
      return response.status;
    },
    () => 0,
  );
}

const end = (sample: Sample) => sample.sentAt + sample.ms;
const ok = (sample: Sample) => sample.status >= 200 && sample.status < 300;

/**
 * PostgreSQL stopped (fast: every session ended) under load, down for a few seconds, started
 * again. The API keeps running throughout.
 */
export async function restartPostgres(context: FaultContext): Promise<FaultOutcome> {
  const fault = 'restart';
  log(
    `Fault 1, PostgreSQL restart: ${context.users} members, then pg_ctl stop -m fast, ` +
      `${context.downSeconds} s down, pg_ctl start`,
  );
  const api = await startJourneyApi(context.postgres.url, 10);
  context.apis.add(api);
  const apiProcess = { exited: false };
  void api.exited.then(() => {
    apiProcess.exited = true;
  });
  const journey = startJourney(
    api.origin,
    context.population,
    {
      seconds: 3_600,
      thinkMs: context.thinkMs,
      timeoutMs: 15_000,
      rampSeconds: 2,
      users: context.users,
      seed: 101,
    },
    context.created,
  );
  const recorder = journey.recorder;
  const probe = probeEvery(
    () => readyStatus(api.origin),
    () => recorder.now(),
  );
  await sleep(WARM_MS);

  const stopAt = recorder.now();
  await context.postgres.stop();
  const stoppedAt = recorder.now();
  log(`PostgreSQL stopped (${seconds(stoppedAt - stopAt)}); down for ${context.downSeconds} s`);
  await sleep(context.downSeconds * 1000);
  const startAt = recorder.now();
  await context.postgres.start();
  const readyAt = recorder.now();
  log(`PostgreSQL started and ready (${seconds(readyAt - startAt)})`);
  await sleep(AFTER_MS);
  journey.stop();
  await journey.done;
  await probe.stop();
  const logged = api.logged();
  const sameProcess = !apiProcess.exited;
  if (!sameProcess) {
    console.log(
      `The API exited during the fault: ${JSON.stringify(await api.exited)}\n${api.output()}`,
    );
  }
  await api.stop();
  context.apis.delete(api);

  const samples = recorder.samples;
  const during = samples.filter((s) => s.sentAt >= stopAt && s.sentAt < readyAt);
  const serverErrors = samples.filter((s) => s.status >= 500 && s.status !== 503);
  const unavailable = samples.filter((s) => s.status === 503);
  const noAnswer = samples.filter((s) => s.status === 0);
  const slowest = Math.max(0, ...during.map((s) => s.ms));
  const after = samples.filter((s) => s.sentAt >= readyAt);
  const first2xx = Math.min(...after.filter(ok).map(end)) - readyAt;
  const last503 = Math.max(readyAt, ...after.filter((s) => s.status === 503).map(end)) - readyAt;
  const probeFirst503 = probe.outcomes.find((a) => a.at >= stopAt && a.outcome === 503)?.at;
  const probeBack = probe.outcomes.find((a) => a.at >= readyAt && a.outcome === 200)?.at;

  const checks: Check[] = [
    {
      fault,
      name: 'answers 503 while PostgreSQL is gone, never 500',
      pass: unavailable.length > 0 && serverErrors.length === 0,
      numbers:
        `503 ×${unavailable.length}, other 5xx ×${serverErrors.length}; calls sent while ` +
        `down: ${describe(statusesOf(during))}`,
    },
    {
      fault,
      name: `no call hangs: each is answered within ${seconds(HANG_LIMIT_MS)}`,
      pass: noAnswer.length === 0 && slowest <= HANG_LIMIT_MS,
      numbers: `slowest answer while down ${slowest.toFixed(0)} ms; no answer ×${noAnswer.length}`,
    },
    {
      fault,
      name: `serves 2xx again by itself, within ${context.recoverySeconds} s`,
      pass: sameProcess && last503 <= context.recoverySeconds * 1000,
      numbers:
        `down ${seconds(readyAt - stopAt)} (stop ${seconds(stoppedAt - stopAt)}, start ` +
        `${seconds(readyAt - startAt)}); after ready: first 2xx ${seconds(first2xx)}, last 503 ` +
        `${seconds(last503)}; /api/health/ready 200 again after ` +
        `${probeBack === undefined ? 'never' : seconds(probeBack - readyAt)}; same API process: ` +
        (sameProcess ? 'yes' : 'no'),
    },
    {
      fault,
      name: 'the API logged no 500 ("request failed")',
      pass: (logged['request failed'] ?? 0) === 0,
      numbers: describe(logged),
    },
  ];
  return {
    checks,
    details: {
      answers: samples.length,
      statuses: statusesOf(samples),
      whileDown: statusesOf(during),
      timeline: { stopAt, stoppedAt, startAt, readyAt, end: recorder.now() },
      readinessProbe: {
        first503AfterStop: probeFirst503 === undefined ? null : probeFirst503 - stopAt,
        first200AfterReady: probeBack === undefined ? null : probeBack - readyAt,
      },
      slowestWhileDownMs: slowest,
      first2xxAfterReadyMs: first2xx,
      last503AfterReadyMs: last503,
      apiLogged: logged,
    },
  };
}
