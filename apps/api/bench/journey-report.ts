import type { CreatedCount, InvariantResult } from './invariants';
import type { Summary } from './journey-record';
import { table } from './report';

const ms = (value: number) => (Number.isNaN(value) ? '—' : value.toFixed(1));
const list = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([key, value]) => `${key} ×${value}`)
    .join(', ') || 'none';

export function printSummary(summary: Summary): void {
  console.log(
    `\n${summary.responses} answers in ${summary.seconds.toFixed(1)} s: ` +
      `${summary.perSecond.toFixed(1)} per second`,
  );
  console.log(
    `After the ramp (every member started): ${summary.afterRamp.count} answers, ` +
      `${summary.afterRamp.perSecond.toFixed(1)} per second`,
  );
  console.log(`Statuses: ${list(summary.statuses)}`);
  console.log(
    `Race outcomes (a move on something another changed a moment before; 409, or 404 on a ` +
      `withdrawn request's mentee): ${list(summary.refusals)}`,
  );
  console.log(
    `Errors (no answer, 5xx, any other 4xx): ${summary.errors}` +
      (summary.errors > 0 ? ` (${list(summary.errorCodes)})` : ''),
  );
  const row = (name: string, count: number, latency: Summary['latencyMs']) => [
    name,
    String(count),
    ms(latency.p50),
    ms(latency.p95),
    ms(latency.p99),
    ms(latency.max),
  ];
  console.log('\nLatency, ms');
  console.log(
    table([
      ['kind', 'answers', 'p50', 'p95', 'p99', 'max'],
      row('all', summary.responses, summary.latencyMs),
      row('all, after the ramp', summary.afterRamp.count, summary.afterRamp.latencyMs),
      ...(['read', 'write', 'auth'] as const).map((kind) =>
        row(kind, summary.byKind[kind].count, summary.byKind[kind].latencyMs),
      ),
    ]),
  );
  console.log('\nBy route');
  console.log(
    table([
      ['route', 'kind', 'answers', '2xx', '409/404', 'other', 'p50', 'p95', 'p99'],
      ...summary.byRoute.map((route) => {
        const twoXx = Object.entries(route.statuses)
          .filter(([status]) => status.startsWith('2'))
          .reduce((sum, [, count]) => sum + count, 0);
        const refused =
          (route.statuses['409'] ?? 0) +
          (route.route === 'GET /api/mentees/:id' ? (route.statuses['404'] ?? 0) : 0);
        return [
          route.route,
          route.kind,
          String(route.count),
          String(twoXx),
          String(refused),
          String(route.count - twoXx - refused),
          ms(route.latencyMs.p50),
          ms(route.latencyMs.p95),
          ms(route.latencyMs.p99),
        ];
      }),
    ]),
  );
}

/** `exact`: the run ended with every answer in, so the database must hold exactly as many. */
export function printCreated(counts: CreatedCount[], exact: boolean): boolean {
  console.log(`\nCreated: answered 2xx vs counted in the database`);
  let pass = true;
  console.log(
    table([
      ['what', 'answered 2xx', 'in database', 'ids missing', ''],
      ...counts.map((count) => {
        const ok =
          count.missing === 0 &&
          (exact ? count.inDatabase === count.answered2xx : count.inDatabase >= count.answered2xx);
        pass &&= ok;
        return [
          count.what,
          String(count.answered2xx),
          String(count.inDatabase),
          String(count.missing),
          ok ? 'PASS' : 'FAIL',
        ];
      }),
    ]),
  );
  return pass;
}

export function printInvariants(results: InvariantResult[]): boolean {
  console.log('\nInvariants (rows breaking each)');
  console.log(
    table([
      ['invariant', 'rows', ''],
      ...results.map((result) => [
        result.name,
        String(result.violations),
        result.violations === 0 ? 'PASS' : 'FAIL',
      ]),
    ]),
  );
  return results.every((result) => result.violations === 0);
}
