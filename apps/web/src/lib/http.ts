import type { ErrorBody, FieldError } from '@mentorbro/core/error';
import { errorCodeForStatus } from '@mentorbro/core/error-codes';

/** An answer from the API with status 400 or above, carrying its stable error code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** One of core's ErrorCode values, or a status-derived fallback when the body had none. */
    readonly code: string,
    message: string,
    readonly details: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The request never got an answer: offline, DNS, the server down. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server could not be reached.', { cause });
    this.name = 'NetworkError';
  }
}

/** What the wrapper needs from the auth store; wired once in main.ts, so no import cycle. */
export interface SessionHooks {
  accessToken(): string | null;
  /** Epoch milliseconds when the access token expires; null without a session. */
  expiresAt(): number | null;
  /**
   * Asks for a new access token; false when the session is over. Concurrent calls must share
   * one refresh: the auth store's refresh() is the single path for that, restore() included.
   */
  refresh(): Promise<boolean>;
  /** The session is over: forget it and send the user to the login page. */
  onSessionEnded(): void;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Send the access token and refresh it when needed. */
  auth?: boolean;
  /**
   * Send nothing that says who is asking: no cookie either (the anonymous end surveys).
   * Leave `auth` out with it, so no token is sent.
   */
  anonymous?: boolean;
  signal?: AbortSignal;
}

/** Refresh this long before the token expires, so a request never races its expiry. */
const EXPIRY_MARGIN_MS = 30_000;

let hooks: SessionHooks | null = null;

export function configureSession(sessionHooks: SessionHooks | null): void {
  hooks = sessionHooks;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // A proxy's HTML error page, for example; the status still tells what happened.
    console.warn('The API answered with something that is not JSON', error);
    return undefined;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const body = await readJson(response);
  if (isErrorBody(body)) {
    return new ApiError(response.status, body.error.code, body.error.message, body.error.details);
  }
  return new ApiError(response.status, errorCodeForStatus(response.status), response.statusText);
}

async function send(path: string, options: RequestOptions, token: string | null) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (token) headers.authorization = `Bearer ${token}`;
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: options.anonymous ? 'omit' : 'same-origin',
      // Nor the page it came from: the survey's address names the invitation.
      ...(options.anonymous ? { referrerPolicy: 'no-referrer' as const } : {}),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
}

/** A typed JSON request to the API. Throws ApiError or NetworkError; 204 resolves to undefined. */
/** `?a=1&b=x` from the parameters that are set; '' when none are. */
export function queryString(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const session = options.auth ? hooks : null;
  if (options.auth && !session) throw new Error('configureSession() was not called');

  if (session) {
    const expiresAt = session.expiresAt();
    if (expiresAt !== null && Date.now() > expiresAt - EXPIRY_MARGIN_MS) {
      if (!(await session.refresh())) {
        session.onSessionEnded();
        throw new ApiError(401, 'unauthorized', 'The session has ended.');
      }
    }
  }

  const token = session?.accessToken() ?? null;
  let response = await send(path, options, token);
  if (session && response.status === 401) {
    // Any 401, not only token_expired: a token signed before a server restart fails as
    // unauthorized while her refresh cookie is still good. Only a failed refresh ends it.
    const error = await toApiError(response);
    // A parallel request may have renewed the token meanwhile; then the retry needs no refresh.
    if (session.accessToken() === token && !(await session.refresh())) {
      session.onSessionEnded();
      throw error;
    }
    response = await send(path, options, session.accessToken());
    if (response.status === 401) {
      session.onSessionEnded();
      throw await toApiError(response);
    }
  }

  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await readJson(response)) as T;
}
