import { type Latency, latencyOf } from './report';

/** Reads dominate; writes change the matching state; auth is logging in and refreshing. */
export type RouteKind = 'read' | 'write' | 'auth';

/** One answer (or failure) as a simulated member saw it. */
export interface Sample {
  /** Method and route pattern, e.g. "POST /api/requests/:id/accept". */
  route: string;
  kind: RouteKind;
  /** HTTP status; 0 when no answer came (refused, reset, or the client's timeout). */
  status: number;
  /** The error code of a 4xx/5xx body, or the transport failure ("timeout", "ECONNREFUSED"). */
  code: string | null;
  /** When it was sent, in ms since the run started, and how long it took. */
  sentAt: number;
  ms: number;
}

/** What the members created, by the ids the API answered 2xx with. */
export interface Created {
  requests: string[];
  /** An accept opens an introduction. */
  introductions: string[];
  declined: string[];
  /** The second "let's continue" makes it; both answers may name it, so a set. */
  mentorships: Set<string>;
  logs: string[];
  ended: string[];
}

export const noneCreated = (): Created => ({
  requests: [],
  introductions: [],
  declined: [],
  mentorships: new Set(),
  logs: [],
  ended: [],
});

export class Recorder {
  readonly samples: Sample[] = [];
  /** Requests sent and not yet answered, by route: what a kill interrupts. */
  readonly inFlight = new Map<string, number>();
  readonly startedAt = performance.now();

  /** Runs of one command may share what they created, to count it once at the end. */
  constructor(readonly created: Created = noneCreated()) {}

  now(): number {
    return performance.now() - this.startedAt;
  }

  sent(route: string): void {
    this.inFlight.set(route, (this.inFlight.get(route) ?? 0) + 1);
  }

  record(sample: Sample): void {
    this.inFlight.set(sample.route, (this.inFlight.get(sample.route) ?? 1) - 1);
    this.samples.push(sample);
  }
}

/**
 * A member acting on what she saw a moment ago, which another has changed since: a rule's 409
 * (her request was accepted elsewhere, the mentor filled her last seat), or a mentor opening
 * the profile of a mentee whose request was withdrawn meanwhile (404: she may no longer see it).
 * The API is right to answer so; they are counted, not errors.
 */
export function isRaceOutcome(sample: Sample): boolean {
  return (
    sample.status === 409 || (sample.status === 404 && sample.route === 'GET /api/mentees/:id')
  );
}

/** An error of the load run: no answer, a 5xx, or any other 4xx. */
export function isError(sample: Sample): boolean {
  if (sample.status === 0 || sample.status >= 500) return true;
  return sample.status >= 400 && !isRaceOutcome(sample);
}

export interface RouteSummary {
  route: string;
  kind: RouteKind;
  count: number;
  statuses: Record<string, number>;
  latencyMs: Latency;
}

export interface Summary {
  seconds: number;
  responses: number;
  perSecond: number;
  statuses: Record<string, number>;
  /** Race outcomes (isRaceOutcome) by status and error code. */
  refusals: Record<string, number>;
  errors: number;
  errorCodes: Record<string, number>;
  latencyMs: Latency;
  /** Answers to calls sent once every member had started (after the logins of the ramp). */
  afterRamp: { count: number; perSecond: number; latencyMs: Latency };
  byKind: Record<RouteKind, { count: number; latencyMs: Latency }>;
  byRoute: RouteSummary[];
}

const count = (into: Record<string, number>, key: string) => {
  into[key] = (into[key] ?? 0) + 1;
};

export function summarise(samples: Sample[], seconds: number, rampSeconds = 0): Summary {
  const statuses: Record<string, number> = {};
  const refusals: Record<string, number> = {};
  const errorCodes: Record<string, number> = {};
  const routes = new Map<string, Sample[]>();
  for (const sample of samples) {
    count(statuses, String(sample.status));
    if (isRaceOutcome(sample)) count(refusals, `${sample.status} ${sample.code ?? ''}`.trim());
    if (isError(sample)) count(errorCodes, `${sample.status} ${sample.code ?? ''}`.trim());
    const list = routes.get(sample.route) ?? [];
    list.push(sample);
    routes.set(sample.route, list);
  }
  const steady = samples.filter((sample) => sample.sentAt >= rampSeconds * 1000);
  const kinds: RouteKind[] = ['read', 'write', 'auth'];
  const byKind = Object.fromEntries(
    kinds.map((kind) => {
      const times = samples.filter((sample) => sample.kind === kind).map((sample) => sample.ms);
      return [kind, { count: times.length, latencyMs: latencyOf(times) }];
    }),
  ) as Summary['byKind'];
  const byRoute = [...routes.entries()]
    .map(([route, list]) => {
      const routeStatuses: Record<string, number> = {};
      for (const sample of list) count(routeStatuses, String(sample.status));
      return {
        route,
        kind: list[0]?.kind ?? 'read',
        count: list.length,
        statuses: routeStatuses,
        latencyMs: latencyOf(list.map((sample) => sample.ms)),
      };
    })
    .sort((a, b) => b.count - a.count);
  return {
    seconds,
    responses: samples.length,
    perSecond: samples.length / seconds,
    statuses,
    refusals,
    errors: samples.filter(isError).length,
    errorCodes,
    latencyMs: latencyOf(samples.map((sample) => sample.ms)),
    afterRamp: {
      count: steady.length,
      perSecond: steady.length / Math.max(0.001, seconds - rampSeconds),
      latencyMs: latencyOf(steady.map((sample) => sample.ms)),
    },
    byKind,
    byRoute,
  };
}
