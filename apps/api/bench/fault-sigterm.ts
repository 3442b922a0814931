import { get } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import {
  apiSessions,
  type Check,
  describe,
  probeEvery,
  type FaultContext,
  type FaultOutcome,
  seconds,
  statusesOf,
  waitUntil,
} from './fault-checks';
import { MemberHttp } from './journey-http';
import { Recorder } from './journey-record';
import { log, startJourney, startJourneyApi } from './journey-run';

/** How long the held requests stay held after the signal: the drain must wait for them. */
const HOLD_AFTER_SIGNAL_MS = 2_000;
/** How long the process may take to exit after the last answer before it counts as stuck. */
const EXIT_LIMIT_MS = 10_000;
/** How long the check waits for the exit at all (Fastify keeps idle connections 72 s). */
const EXIT_WAIT_MS = 90_000;

/**
 * GET /api/health/live on a new connection: what someone arriving after the signal meets
 * ("ECONNREFUSED", or the status of an answer).
 */
function newConnection(origin: string): Promise<string> {
  return new Promise<string>((resolve) => {
    const request = get(
      `${origin}/api/health/live`,
      { agent: false, timeout: 5_000 },
      (response) => {
        response.resume();
        resolve(String(response.statusCode));
      },
    );
    request.on('timeout', () => {
      request.destroy(new Error('timeout'));
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      resolve(error.code ?? error.message);
    });
  });
}

/**
 * SIGTERM while requests are in flight. To have requests certainly in flight, the check holds
 * them in the database: it locks a few mentors' rows, and spare mentees ask those mentors, so
 * each request waits inside its transaction (requests.service locks the mentor's seats). The
 * signal comes once all of them wait; the lock is released two seconds later.
 */
export async function drainOnSigterm(context: FaultContext, held: number): Promise<FaultOutcome> {
  const fault = 'sigterm';
  const url = context.postgres.url;
  log(`Fault 3, SIGTERM with ${held} requests in flight`);
  const api = await startJourneyApi(url, 10);
  context.apis.add(api);
  const recorder = new Recorder(context.created);
  // Set from the exit event, so an object: a plain `let` would be narrowed to null below.
  const exited: { at: number | null } = { at: null };
  void api.exited.then(() => {
    exited.at = recorder.now();
  });
  // A few seconds of the journey first, so the API is warm and its pool open.
  await startJourney(
    api.origin,
    context.population,
    {
      seconds: 3,
      thinkMs: context.thinkMs,
      timeoutMs: 15_000,
      rampSeconds: 1,
      users: context.users,
      seed: 301,
    },
    context.created,
  ).done;

  const mentees = context.population.spareMentees.slice(0, held);
  const clients = await Promise.all(
    mentees.map(async (mentee) => {
      const http = new MemberHttp(api.origin, recorder, 30_000);
      const session = await http.call('auth', 'POST', '/api/auth/login', '/api/auth/login', {
        email: mentee.email,
        password: context.population.password,
      });
      http.accessToken = (session.body as { accessToken?: string } | null)?.accessToken ?? null;
      return { http, mentee };
    }),
  );
  const locker = new pg.Client({ connectionString: url });
  await locker.connect();
  await locker.query('begin');
  const { rows: mentors } = await locker.query<{ user_id: string }>(
    `select user_id from mentor_profiles
     where user_id = any($1::uuid[]) and not paused and seats_taken < capacity
     order by user_id limit 4 for update`,
    [context.population.mentors.map((mentor) => mentor.id)],
  );
  const calls = clients.map(({ http, mentee }, index) =>
    http.call('write', 'POST', '/api/requests', '/api/requests', {
      mentorId: mentors[index % mentors.length]?.user_id,
      message: 'Hej! Jeg vil gerne have hjælp til at finde mit første job i Danmark.',
      goals: mentee.goals.slice(0, 1),
      contact: { email: true },
    }),
  );
  const allWaiting = await waitUntil(
    async () => (await apiSessions(url)).waitingOnLock >= clients.length,
    10_000,
  );

  const signalAt = recorder.now();
  api.signal('SIGTERM');
  const probe = probeEvery(
    () => newConnection(api.origin),
    () => recorder.now(),
  );
  await sleep(HOLD_AFTER_SIGNAL_MS);
  const stillRunning = exited.at === null;
  const releaseAt = recorder.now();
  await locker.query('commit');
  await locker.end();
  const answers = await Promise.all(calls);
  const lastAnswerAt = recorder.now();
  const exit = await Promise.race([api.exited, sleep(EXIT_WAIT_MS).then(() => null)]);
  await probe.stop();
  if (exit) context.apis.delete(api);
  for (const answer of answers) {
    const id = (answer.body as { id?: unknown } | null)?.id;
    if (answer.status === 201 && typeof id === 'string') context.created.requests.push(id);
  }
  const held2xx = answers.filter((answer) => answer.status === 201).length;
  const exitAfterSignal = exited.at === null ? null : exited.at - signalAt;
  const exitAfterLastAnswer = exited.at === null ? null : exited.at - lastAnswerAt;
  const firstRefused = probe.outcomes.find((o) => o.outcome === 'ECONNREFUSED');
  const beforeRefused = probe.outcomes.filter((o) => !firstRefused || o.at < firstRefused.at);
  const counts: Record<string, number> = {};
  for (const { outcome } of beforeRefused) counts[outcome] = (counts[outcome] ?? 0) + 1;

  const checks: Check[] = [
    {
      fault,
      name: 'requests in flight at SIGTERM all complete with 2xx',
      pass: allWaiting && held2xx === clients.length,
      numbers:
        `${clients.length} held in their transactions at the signal, released ` +
        `${seconds(releaseAt - signalAt)} after it; answers: ` +
        describe(statusesOf(recorder.samples.filter((s) => s.route === 'POST /api/requests'))),
    },
    {
      fault,
      name: 'new connections are refused once the signal is in',
      pass: firstRefused !== undefined && firstRefused.at - signalAt <= 500,
      numbers:
        (firstRefused
          ? `first refused ${seconds(firstRefused.at - signalAt)} after the signal`
          : 'never refused') + `; new connections before that: ${describe(counts)}`,
    },
    {
      fault,
      name: `the process exits 0 once they are answered (within ${seconds(EXIT_LIMIT_MS)})`,
      pass:
        stillRunning &&
        exit?.code === 0 &&
        exitAfterLastAnswer !== null &&
        exitAfterLastAnswer <= EXIT_LIMIT_MS,
      numbers:
        exit === null
          ? `still running ${seconds(EXIT_WAIT_MS)} after the last answer`
          : `exit code ${exit.code ?? exit.signal}, ${seconds(exitAfterSignal ?? 0)} after the ` +
            `signal, ${seconds(exitAfterLastAnswer ?? 0)} after the last answer; still running ` +
            `when the held requests were released: ${stillRunning ? 'yes' : 'no'}`,
    },
  ];
  return {
    checks,
    details: {
      held: clients.length,
      releasedAfterSignalMs: releaseAt - signalAt,
      newConnections: probe.outcomes.map((o) => ({
        afterSignalMs: o.at - signalAt,
        outcome: o.outcome,
      })),
      exit,
      exitAfterSignalMs: exitAfterSignal,
      exitAfterLastAnswerMs: exitAfterLastAnswer,
    },
  };
}
