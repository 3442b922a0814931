import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';

export const SCENARIOS = ['search-text', 'search-filters', 'recommendations', 'health'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface BenchOptions {
  databaseUrl: string;
  /** Seconds of each closed-loop run, the API's and the direct SQL's. */
  duration: number;
  /** Seconds of each open-loop run at `rate`. */
  openDuration: number;
  /** The fixed offered load of the open loop, requests per second. */
  rate: number;
  /** Concurrent clients of the closed loop and of the direct SQL. */
  connections: number;
  /** The API's pool (DATABASE_POOL_MAX), the app's default unless told. */
  poolMax: number;
  /** Distinct requests per scenario. */
  queries: number;
  skipLoad: boolean;
  only: ScenarioName[];
}

const USAGE = `pnpm bench:search [--duration 15] [--open-duration 20] [--rate 100] [--connections 50]
  [--pool-max 10] [--queries 600] [--skip-load] [--only ${SCENARIOS.join(',')}]
Needs DATABASE_URL=postgres://… (PostgreSQL 15+, allowed to create pg_trgm and unaccent).`;

function positive(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new Error(`--${name} must be a whole number above 0\n${USAGE}`);
  }
  return number;
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string', default: '15' },
      'open-duration': { type: 'string', default: '20' },
      rate: { type: 'string', default: '100' },
      connections: { type: 'string', default: '50' },
      'pool-max': { type: 'string', default: '10' },
      queries: { type: 'string', default: '600' },
      'skip-load': { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  // The database comes from the app's own configuration, read in one place.
  const { database } = loadConfig();
  if (database.kind !== 'postgres') {
    throw new Error(
      'DATABASE_URL is not set. The benchmark needs a real PostgreSQL server, not the ' +
        `embedded database: DATABASE_URL=postgres://user:pass@host:5432/db pnpm bench:search\n${USAGE}`,
    );
  }
  const only = values.only ? values.only.split(',') : [...SCENARIOS];
  const unknown = only.filter((name) => !(SCENARIOS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`Unknown scenario ${unknown.join(', ')}\n${USAGE}`);
  const queries = positive('queries', values.queries);
  if (queries < 500) throw new Error('--queries must be at least 500, so no cache can answer');
  return {
    databaseUrl: database.url,
    duration: positive('duration', values.duration),
    openDuration: positive('open-duration', values['open-duration']),
    rate: positive('rate', values.rate),
    connections: positive('connections', values.connections),
    poolMax: positive('pool-max', values['pool-max']),
    queries,
    skipLoad: values['skip-load'],
    only: only as ScenarioName[],
  };
}
