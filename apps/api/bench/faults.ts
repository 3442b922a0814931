import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { apiRoot } from '../src/lib/paths';
import type { RunningApi } from './api-server';
import { killMidWrite } from './fault-kill';
import { restartPostgres } from './fault-restart';
import { drainOnSigterm } from './fault-sigterm';
import { type Check, type FaultContext, printChecks } from './fault-checks';
import { checkInvariants, countCreated } from './invariants';
import { seedJourneyPopulation } from './journey-population';
import { noneCreated } from './journey-record';
import { printCreated, printInvariants } from './journey-report';
import { buildApi, log, machineInfo } from './journey-run';
import { type PostgresServer, startPostgres } from './postgres-server';
import { writeJson } from './report';

/**
 * pnpm bench:faults: the journey under three faults, each checked and printed PASS or FAIL.
 * See docs/reliability.md.
 */
const FAULTS = ['restart', 'kill', 'sigterm'] as const;
type Fault = (typeof FAULTS)[number];

const USAGE = `pnpm bench:faults [--users 50] [--think-ms 200] [--down-seconds 5]
  [--recovery-seconds 5] [--kills 3] [--only ${FAULTS.join(',')}] [--no-build]
Starts its own PostgreSQL 15, which it stops and starts (never the shared test server).`;

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
      users: { type: 'string', default: '50' },
      'think-ms': { type: 'string', default: '200' },
      'down-seconds': { type: 'string', default: '5' },
      'recovery-seconds': { type: 'string', default: '5' },
      kills: { type: 'string', default: '3' },
      only: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const only = values.only ? values.only.split(',') : [...FAULTS];
  const unknown = only.filter((name) => !(FAULTS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`Unknown fault ${unknown.join(', ')}\n${USAGE}`);
  return {
    users: Math.max(2, positive('users', values.users)),
    thinkMs: positive('think-ms', values['think-ms'], true),
    downSeconds: positive('down-seconds', values['down-seconds']),
    recoverySeconds: positive('recovery-seconds', values['recovery-seconds']),
    kills: positive('kills', values.kills),
    only: only as Fault[],
    noBuild: values['no-build'],
  };
}

/** The spare mentees the SIGTERM check sends its held requests from. */
const HELD_REQUESTS = 8;

async function main() {
  const startedAt = new Date();
  const options = parseOptions(process.argv.slice(2));
  let postgres: PostgresServer | undefined;
  const apis = new Set<RunningApi>();
  const cleanUp = async () => {
    for (const api of apis) await api.stop();
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
    const population = await seedJourneyPopulation(postgres.url, options.users, HELD_REQUESTS);
    const machine = machineInfo(population.postgres);
    log(
      `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, ` +
        `PostgreSQL ${machine.postgres}; ${population.mentees.length} mentees and ` +
        `${population.mentors.length} mentors simulated; load average before: ` +
        machine.loadAverageBefore.join(', '),
    );
    const context: FaultContext = {
      postgres,
      population,
      created: noneCreated(),
      apis,
      ...options,
    };
    const checks: Check[] = [];
    const details: Record<string, unknown> = {};
    for (const fault of options.only) {
      const outcome =
        fault === 'restart'
          ? await restartPostgres(context)
          : fault === 'kill'
            ? await killMidWrite(context)
            : await drainOnSigterm(context, HELD_REQUESTS);
      checks.push(...outcome.checks);
      details[fault] = outcome.details;
      printChecks(outcome.checks);
      // The next fault starts from a quiet database.
      await sleep(1_000);
    }

    log('Every fault done: counting what was answered 2xx, and the invariants');
    const created = await countCreated(postgres.url, context.created);
    const countsPass = printCreated(created, false);
    const invariants = await checkInvariants(postgres.url);
    const invariantsPass = printInvariants(invariants);
    checks.push(
      {
        fault: 'all',
        name: 'every create answered 2xx is in the database (ids looked up)',
        pass: countsPass,
        numbers: created.map((c) => `${c.what} ${c.answered2xx}/${c.inDatabase}`).join(', '),
      },
      {
        fault: 'all',
        name: 'no half-written state (the invariants above)',
        pass: invariantsPass,
        numbers: `${invariants.filter((i) => i.violations > 0).length} of ${invariants.length} broken`,
      },
    );
    console.log('\nSummary');
    printChecks(checks);
    const pass = checks.every((check) => check.pass);
    console.log(`\nFault run: ${pass ? 'PASS' : 'FAIL'}`);
    const file = writeJson(
      join(apiRoot, 'bench', 'results'),
      {
        startedAt,
        finishedAt: new Date(),
        machine,
        options,
        checks,
        details,
        created,
        invariants,
        pass,
      },
      startedAt,
      'faults',
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
