import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let cors: TestApp;
beforeAll(async () => {
  const webDistDir = mkdtempSync(join(tmpdir(), 'mentorbro-web-'));
  writeFileSync(join(webDistDir, 'index.html'), '<!doctype html><div id="app"></div>');
  t = await createTestApp({ webDistDir });
  cors = await createTestApp({ env: { CORS_ORIGINS: 'https://partner.example.org' } });
});
afterAll(async () => {
  await t.close();
  await cors.close();
});

function policy(header: string | undefined): Map<string, string> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name ?? '', values.join(' ')]),
  );
}

describe('security headers', () => {
  it('give the SPA a policy that runs only its own scripts and styles', async () => {
    const res = await t.http.get('/mentors').expect(200);
    const csp = policy(res.headers['content-security-policy']);
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('style-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(res.headers['content-security-policy']).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('keep the app out of frames, send no referrer and no sniffing, on API answers too', async () => {
    const res = await t.http.get('/api/health');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('leave out HSTS and the HTTPS upgrade on a plain-HTTP setup', async () => {
    const res = await t.http.get('/api/health');
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });
});

describe('request ids', () => {
  it('are made for every request and sent back', async () => {
    const a = await t.http.get('/api/health');
    const b = await t.http.get('/api/health');
    expect(a.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });

  it("keep a proxy's plain id, and replace one that could write into the logs", async () => {
    const kept = await t.http.get('/api/health').set('x-request-id', 'edge-4f2a.17');
    expect(kept.headers['x-request-id']).toBe('edge-4f2a.17');
    const replaced = await t.http
      .get('/api/health')
      .set('x-request-id', '"}, "level": "fatal", "msg": "forged');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('CORS', () => {
  it('is closed by default: no other site may read an answer', async () => {
    const res = await t.http.get('/api/health').set('origin', 'https://evil.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await t.http
      .options('/api/me')
      .set('origin', 'https://evil.example')
      .set('access-control-request-method', 'GET');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('opens only to the origins listed in CORS_ORIGINS', async () => {
    const allowed = await cors.http.get('/api/health').set('origin', 'https://partner.example.org');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example.org');
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();
    const other = await cors.http.get('/api/health').set('origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
