import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';

describe('configuration', () => {
  it('runs on the embedded database with demo data when no DATABASE_URL is given', () => {
    const config = loadConfig({});
    expect(config.database.kind).toBe('pglite');
    expect(config.demoData).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
  });

  it('uses a PostgreSQL pool for a postgres:// URL, without demo data unless asked', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/mentorbro', PORT: '8080' });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@db:5432/mentorbro',
      poolMax: 10,
    });
    expect(config.demoData).toBe(false);
    expect(config.port).toBe(8080);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET/],
    [{ NODE_ENV: 'production' }, /JWT_SECRET is required/],
    [{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), DEMO_DATA: 'true' }, /DEMO_DATA/],
  ])('refuses %o at boot', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('never loads demo data in production, even on the embedded database', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).demoData).toBe(false);
  });

  it('writes emails to the log without an SMTP host, and sends them over SMTP with one', () => {
    expect(loadConfig({}).mail.smtp).toBeNull();
    const config = loadConfig({
      SMTP_HOST: 'mailpit',
      SMTP_PORT: '1025',
      SMTP_USER: 'mentorbro',
      SMTP_PASSWORD: 'secret',
      MAIL_FROM: 'Mentornetværket <hej@example.org>',
      PUBLIC_URL: 'https://mentor.example.org/',
    });
    expect(config.mail).toEqual({
      from: 'Mentornetværket <hej@example.org>',
      smtp: { host: 'mailpit', port: 1025, secure: false, user: 'mentorbro', password: 'secret' },
    });
    expect(config.publicUrl).toBe('https://mentor.example.org');
    expect(config.workerIntervalSeconds).toBe(15);
    expect(() => loadConfig({ PUBLIC_URL: 'mentor.example.org' })).toThrow(/PUBLIC_URL/);
  });

  it('treats an empty variable as not set', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({
      port: 3000,
      database: { kind: 'pglite' },
    });
  });

  it('marks cookies Secure in production unless told otherwise', () => {
    const secret = 'x'.repeat(40);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret }).cookieSecure).toBe(true);
    expect(
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, COOKIE_SECURE: 'false' })
        .cookieSecure,
    ).toBe(false);
    expect(loadConfig({}).cookieSecure).toBe(false);
  });

  it('links emails to this port on localhost unless PUBLIC_URL says otherwise', () => {
    expect(loadConfig({ PORT: '3100' }).publicUrl).toBe('http://localhost:3100');
    expect(loadConfig({ PORT: '3100', PUBLIC_URL: 'https://m.example.org' }).publicUrl).toBe(
      'https://m.example.org',
    );
  });

  it('turns rate limits off only when asked', () => {
    expect(loadConfig({}).rateLimits).toBe(true);
    expect(loadConfig({ RATE_LIMITS: 'false' }).rateLimits).toBe(false);
  });

  it.each([
    [undefined, false],
    ['true', true],
    ['2', 2],
    ['10.0.0.0/8, 172.16.0.1', ['10.0.0.0/8', '172.16.0.1']],
  ])('trusts the proxy TRUST_PROXY=%s names', (value, expected) => {
    expect(loadConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy).toEqual(
      expected,
    );
  });

  it('allows cross-origin calls only from exact origins', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(
      loadConfig({ CORS_ORIGINS: 'https://a.example.org/, http://localhost:5173' }).corsOrigins,
    ).toEqual(['https://a.example.org', 'http://localhost:5173']);
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://*.example.org' })).toThrow(/CORS_ORIGINS/);
  });
});
