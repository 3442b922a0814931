import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureSession } from '@/lib/http';
import { surveysApi } from './surveys.api';
import { surveyId, TOKEN } from './test/surveys-fixtures';

/** Every request the API module makes, as fetch saw it. */
function recordRequests() {
  const fetch = vi.fn((_path: string, _init: RequestInit) =>
    Promise.resolve(new Response(null, { status: 204 })),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

beforeEach(() => {
  configureSession({
    accessToken: () => 'her-token',
    expiresAt: () => Date.now() + 600_000,
    refresh: () => Promise.resolve(true),
    onSessionEnded: () => undefined,
  });
});
afterEach(() => {
  configureSession(null);
});

describe('surveysApi', () => {
  it('sends the start answers with her session', async () => {
    const fetch = recordRequests();
    await surveysApi.answer(surveyId(1), { main_goal: 'job' });
    const [path, init] = fetch.mock.calls[0] ?? [];
    expect(path).toBe(`/api/surveys/${surveyId(1)}/answers`);
    expect(init?.headers).toMatchObject({ authorization: 'Bearer her-token' });
    expect(init?.body).toBe('{"answers":{"main_goal":"job"}}');
  });

  it('sends end answers with nothing that says who she is: no token, no cookie', async () => {
    const fetch = recordRequests();
    await surveysApi.sendAnonymous({ token: TOKEN, answers: { satisfaction: 4 } });
    const [path, init] = fetch.mock.calls[0] ?? [];
    expect(path).toBe('/api/surveys/anonymous');
    expect(init?.method).toBe('POST');
    expect(Object.keys(init?.headers ?? {}).map((name) => name.toLowerCase())).not.toContain(
      'authorization',
    );
    expect(init?.credentials).toBe('omit');
    // The survey's address, which names the invitation, is not sent as the referrer either.
    expect(init?.referrerPolicy).toBe('no-referrer');
    expect(init?.body).toBe(JSON.stringify({ token: TOKEN, answers: { satisfaction: 4 } }));
  });
});
