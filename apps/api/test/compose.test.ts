import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, loadConfig } from '../src/config';
import { repoRoot } from '../src/lib/paths';

/**
 * Docker does not run on the machines this project is built on, so docker-compose.yml and the
 * Dockerfile are checked here the way a replica would see them: the compose environment,
 * interpolated from a .env, on top of the image's ENV, must load as a valid production config.
 */
const read = (file: string) => readFileSync(join(repoRoot, file), 'utf8');

/** The `x-app-environment` block every replica gets: `KEY: value` lines, two spaces in. */
function composeEnvironment(): Record<string, string> {
  const lines = read('docker-compose.yml').split('\n');
  const start = lines.findIndex((line) => line.startsWith('x-app-environment:'));
  const entries: [string, string][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const entry = /^ {2}([A-Z][A-Z0-9_]*): (.*)$/.exec(line);
    if (!entry) break;
    entries.push([entry[1] ?? '', entry[2] ?? '']);
  }
  return Object.fromEntries(entries);
}

/** Compose's `${NAME}`, `${NAME:-default}` and `${NAME:?message}`, read from a .env file. */
function interpolate(value: string, dotEnv: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_match, name: string, op, rest) => {
    const given = dotEnv[name] ?? '';
    if (given !== '') return given;
    if (op === '?') throw new Error(`compose refuses to start: ${String(rest)}`);
    return op === '-' ? String(rest) : '';
  });
}

/** The runtime stage's `ENV KEY=value \` lines. */
function imageEnvironment(): Record<string, string> {
  const runtime =
    read('Dockerfile')
      .split(/^FROM /m)
      .at(-1) ?? '';
  const env = /^ENV ((?:.*\\\n)*.*)$/m.exec(runtime)?.[1] ?? '';
  const pairs = [...env.matchAll(/([A-Z_]+)=(\S+)/g)].map((m): [string, string] => [
    m[1] ?? '',
    m[2] ?? '',
  ]);
  return Object.fromEntries(pairs);
}

function replicaEnvironment(dotEnv: Record<string, string>): Record<string, string> {
  const compose = Object.entries(composeEnvironment()).map(([key, value]): [string, string] => [
    key,
    interpolate(value, dotEnv),
  ]);
  return { ...imageEnvironment(), ...Object.fromEntries(compose) };
}

const secret = { JWT_SECRET: 'k'.repeat(48) };

describe('docker-compose.yml and the Dockerfile', () => {
  it('start each replica as a production app behind one proxy hop with only the secret set', () => {
    const config = loadConfig(replicaEnvironment(secret));
    expect(config).toMatchObject({
      env: 'production',
      host: '0.0.0.0',
      port: 3000,
      database: { kind: 'postgres', url: 'postgres://mentorbro:mentorbro@db:5432/mentorbro' },
      cookieSecure: true,
      demoData: false,
      webDistDir: '/app/web',
      publicUrl: 'http://localhost',
      rateLimits: true,
      trustProxy: 1,
      corsOrigins: [],
    });
    expect(config.mail.smtp).toMatchObject({ host: 'mailpit', port: 1025 });
  });

  it('refuse to start without a JWT secret', () => {
    expect(() => replicaEnvironment({})).toThrow(/JWT_SECRET/);
  });

  it('pass a setting written into .env on to every replica', () => {
    const config = loadConfig(
      replicaEnvironment({
        ...secret,
        POSTGRES_PASSWORD: 'a1b2c3',
        SMTP_HOST: 'smtp.example.org',
        SMTP_PORT: '465',
        SMTP_SECURE: 'true',
        CORS_ORIGINS: 'https://partner.example.org',
        WORKER_INTERVAL_SECONDS: '0',
      }),
    );
    expect(config.database).toMatchObject({
      url: 'postgres://mentorbro:a1b2c3@db:5432/mentorbro',
    });
    expect(config.mail.smtp).toMatchObject({ host: 'smtp.example.org', port: 465, secure: true });
    expect(config.corsOrigins).toEqual(['https://partner.example.org']);
    expect(config.workerIntervalSeconds).toBe(0);
  });

  it('wire every setting the app reads, and only those', () => {
    // The image fixes where the app listens and finds the SPA; the embedded database and its
    // demo members are for a laptop, and production refuses demo data.
    const notForCompose = ['PGLITE_DATA_DIR', 'DEMO_DATA'];
    const wired = [
      ...Object.keys(composeEnvironment()),
      ...Object.keys(imageEnvironment()),
      ...notForCompose,
    ];
    expect(CONFIG_VARIABLES.length).toBeGreaterThan(20);
    expect([...new Set(wired)].sort()).toEqual([...CONFIG_VARIABLES].sort());
  });

  it('go with a README that documents every setting', () => {
    const readme = read('README.md');
    const table = readme.slice(readme.indexOf('## Configuration'));
    const missing = CONFIG_VARIABLES.filter((name) => !table.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });
});
