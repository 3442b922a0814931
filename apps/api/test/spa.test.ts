import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
const dist = mkdtempSync(join(tmpdir(), 'mentorbro-spa-'));
beforeAll(async () => {
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Mentorbro</title>');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  t = await createTestApp({ webDistDir: dist });
});
afterAll(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the SPA served by the API', () => {
  it('serves index.html for a page of the client-side router, never cached', async () => {
    const res = await t.http.get('/my-page').expect(200);
    expect(res.text).toContain('<title>Mentorbro</title>');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves fingerprinted assets as immutable', async () => {
    const res = await t.http.get('/assets/index-abc123.js').expect(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('answers 404 for a missing asset instead of index.html', async () => {
    const res = await t.http.get('/assets/index-old999.js').expect(404);
    expect(res.body.error.code).toBe('not_found');
    await t.http.get('/favicon-missing.png').expect(404);
  });

  it('keeps API misses as JSON 404s', async () => {
    const res = await t.http.get('/api/nothing-here').expect(404);
    expect(res.body.error.code).toBe('not_found');
  });
});
