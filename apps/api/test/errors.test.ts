import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    extend: (app) => {
      app.get('/api/test/crash', async () => {
        throw new Error('relation "users" does not exist at select * from users');
      });
    },
  });
});
afterAll(() => t.close());

describe('one error shape', () => {
  it('answers an unknown API route with 404 in the error shape', async () => {
    const res = await t.http.get('/api/no-such-thing').expect(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('hides what went wrong inside: no stack trace, no SQL', async () => {
    const res = await t.http.get('/api/test/crash').expect(500);
    expect(res.body).toEqual({
      error: { code: 'internal_error', message: 'Something went wrong on our side.' },
    });
    expect(res.text).not.toMatch(/select|relation|at .*\.ts/i);
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await t.http
      .post('/api/auth/login')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.dk', password: 'x'.repeat(300_000) }));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('refuses an unsupported content type with 415', async () => {
    const res = await t.http
      .post('/api/auth/login')
      .set('content-type', 'text/xml')
      .send('<login/>');
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });
});

describe('OpenAPI', () => {
  it('documents the account routes with their schemas', async () => {
    const res = await t.http.get('/api/docs/json').expect(200);
    const doc = res.body as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/auth/register',
      '/api/auth/login',
      '/api/auth/refresh',
      '/api/auth/logout',
    ]) {
      expect(doc.paths[path]).toHaveProperty('post');
    }
    expect(doc.paths['/api/me']).toHaveProperty('get');
    expect(doc.paths['/api/health/ready']).toHaveProperty('get');
  });
});
