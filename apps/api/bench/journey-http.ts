import type { Recorder, RouteKind } from './journey-record';

export interface Answer {
  status: number;
  body: unknown;
}

/**
 * One member's browser tab: one call at a time, with her bearer token, each timed and recorded
 * whatever happens. A call that gets no answer within `timeoutMs` is given up and recorded as
 * status 0 "timeout": hanging is a failure too.
 */
export class MemberHttp {
  accessToken: string | null = null;

  constructor(
    private readonly origin: string,
    private readonly recorder: Recorder,
    private readonly timeoutMs: number,
  ) {}

  async call(
    kind: RouteKind,
    method: 'GET' | 'POST',
    route: string,
    path: string,
    body?: unknown,
  ): Promise<Answer> {
    const name = `${method} ${route}`;
    const headers: Record<string, string> = {};
    if (this.accessToken) headers.authorization = `Bearer ${this.accessToken}`;
    // A POST without a body (confirm, read-all) sends no content type: Fastify refuses an
    // empty JSON body.
    if (body !== undefined) headers['content-type'] = 'application/json';
    this.recorder.sent(name);
    const sentAt = this.recorder.now();
    let status = 0;
    let code: string | null = null;
    let parsed: unknown = null;
    try {
      const response = await fetch(this.origin + path, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      status = response.status;
      const text = await response.text();
      parsed = parseJson(text);
      if (status >= 400) code = errorCodeOf(parsed);
    } catch (error) {
      status = 0;
      code = transportFailure(error);
    }
    this.recorder.record({
      route: name,
      kind,
      status,
      code,
      sentAt,
      ms: this.recorder.now() - sentAt,
    });
    return { status, body: parsed };
  }
}

function parseJson(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function errorCodeOf(body: unknown): string | null {
  const error = (body as { error?: { code?: unknown } } | null)?.error;
  return typeof error?.code === 'string' ? error.code : null;
}

/** "timeout", or what the socket said ("ECONNREFUSED", "UND_ERR_SOCKET", …). */
function transportFailure(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'timeout';
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return cause.code;
  return error instanceof Error ? error.name : 'failed';
}
