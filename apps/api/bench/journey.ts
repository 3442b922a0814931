import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { apiRoot } from '../src/lib/paths';
import type { RunningApi } from './api-server';
import { cpuMeter } from './cpu';
import { checkInvariants, countCreated } from './invariants';
import { seedJourneyPopulation } from './journey-population';
import { summarise } from './journey-record';
import { printCreated, printInvariants, printSummary } from './journey-report';
import {
  buildApi,
  loadAverage,
  log,
  machineInfo,
  startJourney,
  startJourneyApi,
} from './journey-run';
import { type PostgresServer, startPostgres } from './postgres-server';
import { writeJson } from './report';

/**
 * pnpm bench:load: a mixed journey of simulated members (mentees and mentors) against the
 * built API on a throwaway PostgreSQL 15, then every created row counted in the database.
 * See docs/reliability.md.
 */
const USAGE = `pnpm bench:load [--users 200] [--seconds 60] [--think-ms 1000] [--ramp-seconds 10]
  [--timeout-ms 10000] [--pool-max 10] [--seed 1] [--no-build]
Starts its own PostgreSQL 15 (Debian's postgresql-15 binaries, PGBIN to point elsewhere).`;

function positive(name: string, value: string, zero = false): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < (zero ? 0 : 1)) {
    throw new Error(`--${name} must be a whole number${zero ? '' : ' above 0'}\n${USAGE}`);
  }
  return number;
}

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      users: { type: 'string', default: '200' },
      seconds: { type: 'string', default: '60' },
      'think-ms': { type: 'string', default: '1000' },
      'ramp-seconds': { type: 'string' },
      'timeout-ms': { type: 'string', default: '10000' },
      'pool-max': { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const seconds = positive('seconds', values.seconds);
  return {
    users: Math.max(2, positive('users', values.users)),
    seconds,
    thinkMs: positive('think-ms', values['think-ms'], true),
    // Logging in is argon2 on purpose: 200 at once would be a login storm, not a day's use.
    rampSeconds: values['ramp-seconds']
      ? positive('ramp-seconds', values['ramp-seconds'], true)
      : Math.min(10, seconds / 6),
    timeoutMs: positive('timeout-ms', values['timeout-ms']),
    poolMax: positive('pool-max', values['pool-max']),
    seed: positive('seed', values.seed),
    noBuild: values['no-build'],
  };
}

async function main() {
  const startedAt = new Date();
  const options = parseOptions(process.argv.slice(2));
  let postgres: PostgresServer | undefined;
  let api: RunningApi | undefined;
  const cleanUp = async () => {
    await api?.stop();
    await postgres?.remove();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void cleanUp().finally(() => process.exit(130));
    });
  }
  try {
    await buildApi(options.noBuild);
    log('Starting a throwaway PostgreSQL 15 (fsync on)');
    postgres = await startPostgres();
    log(`Seeding the members (${options.users} simulated, thousands more to search)`);
    const population = await seedJourneyPopulation(postgres.url, options.users);
    const machine = machineInfo(population.postgres);
    log(
      `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ` +
        `${machine.node}, PostgreSQL ${machine.postgres}; API, database and load on it together. ` +
        `Load average before: ${machine.loadAverageBefore.join(', ')}`,
    );
    log(
      `Population: ${population.mentorProfiles} mentor and ${population.menteeProfiles} mentee ` +
        `profiles in ${population.loadSeconds.toFixed(1)} s; simulated: ` +
        `${population.mentees.length} mentees, ${population.mentors.length} mentors`,
    );
    log(`Starting the built API (RATE_LIMITS=false, pool of ${options.poolMax})`);
    api = await startJourneyApi(postgres.url, options.poolMax);
    log(
      `${options.users} members for ${options.seconds} s, ${options.thinkMs} ms between steps ` +
        `on average, starting over ${options.rampSeconds.toFixed(1)} s`,
    );
    const cpu = cpuMeter(api.pid, postgres.dataDir, machine.cpus);
    const journey = startJourney(api.origin, population, {
      seconds: options.seconds,
      thinkMs: options.thinkMs,
      timeoutMs: options.timeoutMs,
      rampSeconds: options.rampSeconds,
      seed: options.seed,
    });
    await journey.done;
    const seconds = journey.recorder.now() / 1000;
    const cpuSeconds = cpu();
    const loadAverageAfter = loadAverage();
    log('Every member has had her last answer; stopping the API (SIGTERM)');
    await api.stop();
    const exit = await api.exited;
    const logged = api.logged();
    api = undefined;

    const summary = summarise(journey.recorder.samples, seconds, options.rampSeconds);
    printSummary(summary);
    if (cpuSeconds) {
      console.log(
        `\nCPU seconds used during the run, of ${cpuSeconds.available} (${machine.cpus} cores): ` +
          `API ${cpuSeconds.api}, PostgreSQL ${cpuSeconds.postgres}, the simulated members ` +
          `${cpuSeconds.loadGenerator}, everything else on the machine ${cpuSeconds.other}`,
      );
    }
    const created = await countCreated(postgres.url, journey.recorder.created);
    const countsPass = printCreated(created, true);
    const invariants = await checkInvariants(postgres.url);
    const invariantsPass = printInvariants(invariants);
    console.log(
      `\nThe API logged: ${JSON.stringify(logged)}; it exited with ${exit.code ?? exit.signal}. ` +
        `Load average after the run: ${loadAverageAfter.join(', ')}`,
    );
    const pass = summary.errors === 0 && countsPass && invariantsPass && exit.code === 0;
    console.log(`\nLoad run: ${pass ? 'PASS' : 'FAIL'}`);

    const finishedAt = new Date();
    const file = writeJson(
      join(apiRoot, 'bench', 'results'),
      {
        startedAt,
        finishedAt,
        machine: { ...machine, loadAverageAfter },
        options,
        population: {
          mentorProfiles: population.mentorProfiles,
          menteeProfiles: population.menteeProfiles,
          simulatedMentees: population.mentees.length,
          simulatedMentors: population.mentors.length,
        },
        summary,
        cpuSeconds,
        created,
        invariants,
        apiLogged: logged,
        apiExit: exit,
        pass,
      },
      startedAt,
      'load',
    );
    log(`Written ${file}`);
    if (!pass) process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
