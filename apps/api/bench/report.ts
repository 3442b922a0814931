import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DirectRun } from './direct';
import type { HttpRun } from './load';
import type { ScenarioName } from './options';

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles of every measured time, in milliseconds. */
export function latencyOf(milliseconds: number[]): Latency {
  const sorted = [...milliseconds].sort((a, b) => a - b);
  const at = (percent: number) =>
    sorted[Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1)] ?? Number.NaN;
  const round = (value: number) => Math.round(value * 100) / 100;
  const sum = sorted.reduce((total, value) => total + value, 0);
  return {
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted.at(-1) ?? Number.NaN),
    mean: round(sum / sorted.length),
  };
}

export interface ScenarioResult {
  name: ScenarioName;
  description: string;
  distinctRequests: number;
  /** Those whose SQL was captured and is replayed by the direct run (the first ones). */
  capturedRequests: number | null;
  /** Captured requests whose answer listed no mentor. */
  emptyAnswers: number | null;
  statementsPerRequest: number | null;
  openLoop: Omit<HttpRun, 'latencies'> & { rate: number; lanes: number; latencyMs: Latency };
  closedLoop: Omit<HttpRun, 'latencies'> & { connections: number; latencyMs: Latency };
  directSql: (Omit<DirectRun, 'latencies'> & { connections: number; latencyMs: Latency }) | null;
  /** API throughput over the direct SQL's. */
  ratio: number | null;
}

export interface Target {
  what: string;
  limit: string;
  value: string;
  met: boolean;
}

/** The targets, for the scenarios that were run. */
export function targetsOf(results: ScenarioResult[]): Target[] {
  const targets: Target[] = [];
  for (const result of results) {
    const p95 = result.openLoop.latencyMs.p95;
    const rate = result.openLoop.rate;
    if (result.name === 'search-text' || result.name === 'search-filters') {
      targets.push({
        what: `${result.name} p95 at ${rate} req/s`,
        limit: '< 50 ms',
        value: `${p95} ms`,
        met: p95 < 50,
      });
    }
    if (result.name === 'recommendations') {
      targets.push({
        what: `${result.name} p95 at ${rate} req/s`,
        limit: '< 100 ms',
        value: `${p95} ms`,
        met: p95 < 100,
      });
    }
    if (result.ratio !== null) {
      targets.push({
        what: `${result.name} API throughput / direct SQL`,
        limit: '≥ 70 %',
        value: `${Math.round(result.ratio * 100)} %`,
        met: result.ratio >= 0.7,
      });
    }
    const failures = result.openLoop.non2xx + result.openLoop.errors;
    const closedFailures = result.closedLoop.non2xx + result.closedLoop.errors;
    targets.push({
      what: `${result.name} non-2xx and errors`,
      limit: '0',
      value: String(failures + closedFailures),
      met: failures + closedFailures === 0,
    });
  }
  return targets;
}

export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) => {
        const width = widths?.[column] ?? 0;
        return column === 0 ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ');
  const [head, ...body] = rows;
  if (!head) return '';
  const rule = '-'.repeat(line(head).length);
  return [line(head), rule, ...body.map(line)].join('\n');
}

const number = (value: number, digits = 0) => value.toFixed(digits);

export function printResults(results: ScenarioResult[], rate: number, connections: number) {
  const rows = [
    [
      'scenario',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      '2xx/s',
      'non-2xx',
      `API req/s @${connections}`,
      `SQL req/s @${connections}`,
      'API/SQL',
    ],
    ...results.map((result) => {
      const open = result.openLoop;
      const closed = result.closedLoop;
      return [
        result.name,
        number(open.latencyMs.p50, 1),
        number(open.latencyMs.p95, 1),
        number(open.latencyMs.p99, 1),
        number(open.requestsPerSecond, 1),
        String(open.non2xx + open.errors + closed.non2xx + closed.errors),
        number(closed.requestsPerSecond),
        result.directSql ? number(result.directSql.requestsPerSecond) : '—',
        result.ratio === null ? '—' : `${Math.round(result.ratio * 100)} %`,
      ];
    }),
  ];
  console.log(
    `\nLatency at ${rate} req/s offered (open loop); throughput with ${connections} clients (closed loop)\n`,
  );
  console.log(table(rows));
  for (const result of results) {
    const sent = result.openLoop.requestsPerSecond;
    if (sent < rate * 0.95) {
      console.log(
        `Note: ${result.name} was answered ${number(sent, 1)} times a second of the ${rate} ` +
          'offered: the API could not keep up, so its latencies include the queue.',
      );
    }
  }
}

export function printTargets(targets: Target[]) {
  console.log('\nTargets');
  console.log(
    table([
      ['target', 'limit', 'measured', ''],
      ...targets.map((t) => [t.what, t.limit, t.value, t.met ? 'met' : 'MISSED']),
    ]),
  );
}

/**
 * The run as JSON: a timestamped file and the latest beside it (latest.json for the search
 * benchmark, `<name>-latest.json` for the others).
 */
export function writeJson(
  folder: string,
  report: object,
  startedAt: Date,
  name = 'search',
): string {
  mkdirSync(folder, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const file = join(folder, `${name}-${stamp}.json`);
  const text = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(file, text);
  writeFileSync(join(folder, name === 'search' ? 'latest.json' : `${name}-latest.json`), text);
  return file;
}
