import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { apiRoot, repoRoot } from '../src/lib/paths';
import { type RunningApi, startApi } from './api-server';
import { type JourneyWorld, membersOf, runMembers } from './journey-members';
import type { JourneyPopulation } from './journey-population';
import { Recorder, type Created } from './journey-record';
import { mentorSearchPaths } from './queries';

const run = promisify(execFile);

export const log = (message: string) => {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
};

/** The production bundle, as deployed: `pnpm --filter @mentorbro/api build` (tsup). */
export async function buildApi(skip: boolean): Promise<void> {
  if (skip && existsSync(join(apiRoot, 'dist', 'server.js'))) {
    log('--no-build: using the API bundle already in apps/api/dist');
    return;
  }
  log('Building the API (pnpm --filter @mentorbro/api build)');
  await run('pnpm', ['--filter', '@mentorbro/api', 'build'], { cwd: repoRoot, maxBuffer: 1 << 24 });
}

/**
 * The built API with its rate limits off: hundreds of members logging in from one address
 * (this machine) is what the limits are there to stop. Logs from warnings up, so the API's
 * own request log does not take a core; the worker runs as it does in production.
 */
export function startJourneyApi(databaseUrl: string, poolMax: number): Promise<RunningApi> {
  return startApi(databaseUrl, poolMax, {
    entry: 'dist',
    env: { RATE_LIMITS: 'false', LOG_LEVEL: 'warn' },
  });
}

export interface JourneyOptions {
  seconds: number;
  thinkMs: number;
  timeoutMs: number;
  rampSeconds: number;
  /** Members of the population to run; all of them unless told. */
  users?: number;
  /** Seed of the members' choices: the same seed, the same journey. */
  seed: number;
}

/** Search pages the members pick from: enough that no cache can answer them. */
const SEARCH_PATHS = 600;
let searchPaths: string[] | undefined;

export interface JourneyRun {
  recorder: Recorder;
  /** Stops the members early (they finish the call in hand). */
  stop(): void;
  done: Promise<void>;
}

/**
 * Starts the population's members against the API. They stop after `seconds`, or at stop();
 * `done` resolves when every one has had her last answer.
 */
export function startJourney(
  origin: string,
  population: JourneyPopulation,
  options: JourneyOptions,
  created?: Created,
): JourneyRun {
  searchPaths ??= mentorSearchPaths(SEARCH_PATHS);
  const recorder = new Recorder(created);
  let stopped = false;
  const until = options.seconds * 1000;
  const everyone = population.mentees.length + population.mentors.length;
  const share = Math.min(options.users ?? everyone, everyone);
  const mentors = population.mentors.slice(
    0,
    Math.round((share * population.mentors.length) / everyone),
  );
  const mentees = population.mentees.slice(0, share - mentors.length);
  const world: JourneyWorld = {
    origin,
    password: population.password,
    // Mentees ask the mentors who take part: the others would never answer.
    mentorIds: mentors.map((mentor) => mentor.id),
    searchPaths,
    recorder,
    thinkMs: options.thinkMs,
    timeoutMs: options.timeoutMs,
    stopping: () => stopped || recorder.now() >= until,
  };
  const members = membersOf(world, mentees, mentors, options.seed);
  return {
    recorder,
    stop: () => {
      stopped = true;
    },
    done: runMembers(members, options.rampSeconds),
  };
}

export function machineInfo(postgres: string) {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres,
    loadAverageBefore: loadAverage(),
  };
}

/** The 1, 5 and 15 minute load averages: other work on the machine skews every number. */
export function loadAverage(): number[] {
  return loadavg().map((value) => Math.round(value * 100) / 100);
}
