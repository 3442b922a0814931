import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';

/** A request as sent: its path and, for a signed-in mentee, her bearer header. */
export interface HttpRequest {
  path: string;
  authorization: string | null;
}

export interface HttpRun {
  /** Answers received, whatever their status. */
  responses: number;
  non2xx: number;
  /** Connection errors and timeouts. */
  errors: number;
  /** Answers by HTTP status. */
  statusCodes: Record<string, number>;
  seconds: number;
  /** 2xx answers per second. */
  requestsPerSecond: number;
  /** Milliseconds, one per answer. */
  latencies: number[];
}

/** Hands out the requests in turn, to every connection of every autocannon instance. */
function rotation(requests: HttpRequest[]): autocannon.Request['setupRequest'] {
  let next = 0;
  return (request) => {
    const chosen = requests[next++ % requests.length];
    if (!chosen) return request;
    const headers = chosen.authorization
      ? { ...request.headers, authorization: chosen.authorization }
      : request.headers;
    return { ...request, path: chosen.path, headers };
  };
}

function cannon(options: autocannon.Options, latencies: number[]): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, result) => {
      if (error)
        reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error }));
      else resolve(result);
    });
    instance.on('response', (_client, _status, _bytes, milliseconds) => {
      latencies.push(milliseconds);
    });
  });
}

function summary(results: autocannon.Result[], latencies: number[]): HttpRun {
  const sum = (pick: (result: autocannon.Result) => number) =>
    results.reduce((total, result) => total + pick(result), 0);
  const seconds = Math.max(...results.map((result) => result.duration));
  const statusCodes: Record<string, number> = {};
  for (const result of results) {
    for (const [code, { count = 0 }] of Object.entries(result.statusCodeStats ?? {})) {
      statusCodes[code] = (statusCodes[code] ?? 0) + count;
    }
  }
  return {
    responses: latencies.length,
    non2xx: sum((result) => result.non2xx),
    errors: sum((result) => result.errors),
    statusCodes,
    seconds,
    // Each instance over its own duration, so staggered starts do not dilute the rate.
    requestsPerSecond: sum((result) => result['2xx'] / result.duration),
    latencies,
  };
}

/** Most instances the open loop spreads its rate over; each keeps one connection. */
const MAX_LANES = 100;

/**
 * A fixed offered load (`overallRate`), whatever the answers take. One autocannon instance
 * gives each connection its share of the rate as a budget per second and spends it at once,
 * so all connections fire together at the start of every second: that measures bursts, not
 * a steady rate. Here the rate is split over lanes of one connection each, started evenly
 * across the first second: at 100 req/s, one request every 10 ms. autocannon's correction
 * for coordinated omission assumes 1 ms between requests at these rates, so it is off; the
 * percentiles come from every answer's own time.
 */
export async function openLoop(
  origin: string,
  requests: HttpRequest[],
  rate: number,
  seconds: number,
): Promise<HttpRun & { lanes: number }> {
  const lanes = Math.min(rate, MAX_LANES);
  const setupRequest = rotation(requests);
  const latencies: number[] = [];
  const results = await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      await sleep((lane * 1000) / lanes);
      const laneRate = Math.floor(rate / lanes) + (lane < rate % lanes ? 1 : 0);
      return cannon(
        {
          url: origin,
          connections: 1,
          overallRate: laneRate,
          ignoreCoordinatedOmission: true,
          duration: seconds,
          requests: [{ setupRequest }],
        },
        latencies,
      );
    }),
  );
  return { ...summary(results, latencies), lanes };
}

/** As many requests as `connections` clients get answered, each sending on every answer. */
export async function closedLoop(
  origin: string,
  requests: HttpRequest[],
  connections: number,
  seconds: number,
): Promise<HttpRun> {
  const latencies: number[] = [];
  const result = await cannon(
    {
      url: origin,
      connections,
      duration: seconds,
      requests: [{ setupRequest: rotation(requests) }],
    },
    latencies,
  );
  return summary([result], latencies);
}
