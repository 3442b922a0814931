import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/client';
import { apiRoot } from '../src/lib/paths';
import { type RunningApi, startApi } from './api-server';
import { type Captured, captureStatements } from './capture';
import { directRun } from './direct';
import { closedLoop, type HttpRequest, openLoop } from './load';
import { type BenchOptions, parseOptions } from './options';
import { preparePopulation } from './population';
import { buildScenarios, type Scenario } from './queries';
import {
  latencyOf,
  printResults,
  printTargets,
  type ScenarioResult,
  targetsOf,
  writeJson,
} from './report';

/**
 * pnpm bench:search: search, recommendations and the bare HTTP stack measured on a real
 * PostgreSQL with 100,000 mentors and 50,000 mentees. See README.md, "Search benchmark".
 */
const WARM_UP = { connections: 10, seconds: 3 };

const DIRECT_NOTE =
  'Direct SQL replays, for each request, the statements the search service sent for it ' +
  '(captured once, with their parameters) with node-postgres. Statements the service runs at ' +
  'once (her profile and the text query; then the page and the facet counts) run at once ' +
  'here too, on separate pool clients; the rest one after the other. The lookup of the ' +
  "signed-in user in the API's guard is not replayed: it counts as the API's overhead.";

const log = (message: string) => {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
};

/** A few answers must be right before anything is measured. */
async function check(origin: string, scenario: Scenario, requests: HttpRequest[]) {
  let withItems = 0;
  for (const request of requests.slice(0, 10)) {
    const response = await fetch(origin + request.path, {
      headers: request.authorization ? { authorization: request.authorization } : {},
    });
    const body = (await response.json()) as { items?: unknown[] };
    if (response.status !== 200) {
      throw new Error(`${request.path} answered ${response.status}: ${JSON.stringify(body)}`);
    }
    if ((body.items?.length ?? 0) > 0) withItems++;
  }
  if (scenario.name !== 'health' && withItems === 0) {
    throw new Error(`${scenario.name}: none of the first answers lists a mentor`);
  }
}

async function measure(
  api: RunningApi,
  scenario: Scenario,
  captured: Captured | undefined,
  options: BenchOptions,
): Promise<ScenarioResult> {
  const tokens = new Map<string, string>();
  const requests: HttpRequest[] = scenario.requests.map(({ path, userId }) => {
    if (!userId) return { path, authorization: null };
    const token = tokens.get(userId) ?? api.tokenFor(userId);
    tokens.set(userId, token);
    return { path, authorization: `Bearer ${token}` };
  });
  await check(api.origin, scenario, requests);
  await closedLoop(api.origin, requests, WARM_UP.connections, WARM_UP.seconds);
  await api.settle();

  log(`${scenario.name}: ${options.rate} req/s for ${options.openDuration} s (open loop)`);
  const { latencies: openTimes, ...open } = await openLoop(
    api.origin,
    requests,
    options.rate,
    options.openDuration,
  );
  await api.settle();
  log(
    `${scenario.name}: ${options.connections} connections for ${options.duration} s (closed loop)`,
  );
  const { latencies: closedTimes, ...closed } = await closedLoop(
    api.origin,
    requests,
    options.connections,
    options.duration,
  );
  await api.settle();
  let directSql: ScenarioResult['directSql'] = null;
  if (captured) {
    log(
      `${scenario.name}: the same SQL directly, ${options.connections} clients for ${options.duration} s`,
    );
    const { latencies, ...direct } = await directRun(
      options.databaseUrl,
      captured.recordings,
      options.connections,
      options.duration,
    );
    directSql = { ...direct, connections: options.connections, latencyMs: latencyOf(latencies) };
  }
  return {
    name: scenario.name,
    description: scenario.description,
    distinctRequests: new Set(scenario.requests.map((r) => `${r.userId ?? ''} ${r.path}`)).size,
    capturedRequests: captured?.recordings.length ?? null,
    emptyAnswers: captured?.empty ?? null,
    statementsPerRequest: captured ? Math.round(captured.statementsPerRequest * 100) / 100 : null,
    openLoop: { ...open, rate: options.rate, latencyMs: latencyOf(openTimes) },
    closedLoop: { ...closed, connections: options.connections, latencyMs: latencyOf(closedTimes) },
    directSql,
    ratio: directSql ? closed.requestsPerSecond / directSql.requestsPerSecond : null,
  };
}

async function main() {
  const startedAt = new Date();
  const options = parseOptions(process.argv.slice(2));
  // Ctrl-C or a kill must still stop the API (the exit handler in api-server does).
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => process.exit(130));

  const population = await preparePopulation(options.databaseUrl, options.skipLoad);
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: population.postgres,
  };
  log(
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB, ` +
      `Node ${machine.node}, PostgreSQL ${machine.postgres}; API and database share it.`,
  );

  const handle = await openDatabase({ kind: 'postgres', url: options.databaseUrl, poolMax: 2 });
  const scenarios = await buildScenarios(handle.db, options.queries).finally(() => handle.close());
  const chosen = scenarios.filter((scenario) => options.only.includes(scenario.name));

  log(`Starting the API (NODE_ENV=production, pool of ${options.poolMax})`);
  const api = await startApi(options.databaseUrl, options.poolMax);
  const results: ScenarioResult[] = [];
  try {
    const captured = new Map<string, Captured>();
    for (const scenario of chosen) {
      if (scenario.name === 'health') continue;
      log(`${scenario.name}: capturing the SQL of its ${scenario.requests.length} requests`);
      const capture = await captureStatements(options.databaseUrl, scenario, options.duration);
      captured.set(scenario.name, capture);
      if (capture.recordings.length < scenario.requests.length) {
        log(
          `${scenario.name}: ${capture.recordings.length} captured in ${options.duration} s; ` +
            'the direct SQL run replays those',
        );
      }
    }
    for (const scenario of chosen) {
      results.push(await measure(api, scenario, captured.get(scenario.name), options));
    }
  } finally {
    await api.stop();
  }

  printResults(results, options.rate, options.connections);
  console.log(`\n${DIRECT_NOTE}`);
  const targets = targetsOf(results);
  printTargets(targets);
  const finishedAt = new Date();
  const file = writeJson(
    join(apiRoot, 'bench', 'results'),
    {
      startedAt,
      finishedAt,
      seconds: Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000),
      machine,
      options: { ...options, databaseUrl: undefined },
      population,
      notes: { directSql: DIRECT_NOTE },
      scenarios: results,
      targets,
    },
    startedAt,
  );
  log(`Written ${file} (and latest.json beside it)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
