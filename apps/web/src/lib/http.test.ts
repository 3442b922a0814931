import { describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '@/test/fixtures';
import { ApiError, NetworkError, request } from './http';

function answer(response: Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(response)),
  );
}

describe('request', () => {
  it('keeps the code from the error body', async () => {
    answer(jsonResponse(409, { error: { code: 'email_taken', message: 'taken' } }));
    await expect(request('/api/x')).rejects.toMatchObject({ status: 409, code: 'email_taken' });
  });

  it.each([
    [403, 'forbidden'],
    [404, 'not_found'],
    [413, 'payload_too_large'],
    [429, 'too_many_requests'],
    [502, 'internal_error'],
    [503, 'service_unavailable'],
    [400, 'validation_failed'],
  ])('gives a %i without our error body (a proxy page) the code %s', async (status, code) => {
    answer(new Response('<html>busy</html>', { status }));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const failure = request('/api/x');
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status, code });
  });

  it('turns a failed fetch into a NetworkError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(request('/api/x')).rejects.toBeInstanceOf(NetworkError);
  });
});
