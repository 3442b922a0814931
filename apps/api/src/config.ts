import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Type, { type Static } from 'typebox';
import { Value } from 'typebox/value';
import { validate } from '@mentorbro/core/validation';
import { repoRoot } from './lib/paths';

/**
 * The one place that reads process.env. Everything else receives a typed Config,
 * so tests build the app with whatever settings they need.
 */
const Env = Type.Object({
  NODE_ENV: Type.Enum(['development', 'production', 'test'], { default: 'development' }),
  HOST: Type.String({ default: '127.0.0.1' }),
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
    default: 'info',
  }),
  /** postgres://… for a PostgreSQL server; unset means the embedded database. */
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  DATABASE_POOL_MAX: Type.Integer({ minimum: 1, default: 10 }),
  PGLITE_DATA_DIR: Type.String({ default: join(repoRoot, '.data', 'pglite') }),
  JWT_SECRET: Type.Optional(Type.String({ minLength: 32 })),
  ACCESS_TOKEN_TTL_SECONDS: Type.Integer({ minimum: 60, default: 900 }),
  REFRESH_TOKEN_TTL_DAYS: Type.Integer({ minimum: 1, default: 30 }),
  COOKIE_SECURE: Type.Optional(Type.Boolean()),
  /** Load demo users into an empty database; on by default for the embedded database outside production. */
  DEMO_DATA: Type.Optional(Type.Boolean()),
  WEB_DIST_DIR: Type.String({ default: join(repoRoot, 'apps', 'web', 'dist') }),
  /** Where members open the app: the links in emails start with it (default: this port on localhost). */
  PUBLIC_URL: Type.Optional(Type.String({ pattern: '^https?://' })),
  /** Without a host, emails are written to the log instead of sent. */
  SMTP_HOST: Type.Optional(Type.String({ minLength: 1 })),
  SMTP_PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 587 }),
  /** true for SMTPS (port 465); otherwise STARTTLS is used when the server offers it. */
  SMTP_SECURE: Type.Boolean({ default: false }),
  SMTP_USER: Type.Optional(Type.String({ minLength: 1 })),
  SMTP_PASSWORD: Type.Optional(Type.String({ minLength: 1 })),
  MAIL_FROM: Type.String({ minLength: 3, default: 'Mentorbro <no-reply@mentorbro.local>' }),
  /**
   * How often this process looks for reminders to make and emails to send; 0 turns its worker
   * off (another instance, or a separate worker process, does the work).
   */
  WORKER_INTERVAL_SECONDS: Type.Integer({ minimum: 0, maximum: 3600, default: 15 }),
  /**
   * Limits on logging in, registering, refreshing and sending requests. Only a load test turns
   * them off: hundreds of simulated members log in from one address.
   */
  RATE_LIMITS: Type.Boolean({ default: true }),
  /**
   * Behind a reverse proxy the client's address is in X-Forwarded-For, and rate limits count
   * per client address: `true` trusts every proxy, a number that many hops, otherwise a
   * comma-separated list of proxy addresses or CIDR ranges. Unset: the socket's address.
   */
  TRUST_PROXY: Type.Optional(Type.String({ minLength: 1 })),
  /**
   * Origins (https://example.org) allowed to call the API from a browser on another site.
   * Unset: none; the SPA is served from the API's own origin and needs no CORS.
   */
  CORS_ORIGINS: Type.Optional(Type.String({ minLength: 1 })),
});
type Env = Static<typeof Env>;

/** Every environment variable the app reads (the README's table and docker-compose.yml list them). */
export const CONFIG_VARIABLES = Object.keys(Env.properties);

export type Database =
  | { kind: 'postgres'; url: string; poolMax: number }
  | { kind: 'pglite'; dataDir: string | undefined };

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  database: Database;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  cookieSecure: boolean;
  demoData: boolean;
  webDistDir: string;
  publicUrl: string;
  mail: MailConfig;
  workerIntervalSeconds: number;
  rateLimits: boolean;
  trustProxy: boolean | number | string[];
  corsOrigins: string[];
}

export interface MailConfig {
  from: string;
  smtp: { host: string; port: number; secure: boolean; user?: string; password?: string } | null;
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (PORT= in a .env file) means "not set", not zero or "".
  const raw = Object.fromEntries(
    Object.entries(source).filter(([key, value]) => key in Env.properties && value !== ''),
  );
  const env = Value.Default(Env, Value.Convert(Env, raw)) as Env;
  const errors = validate(Env, env);
  if (errors.length > 0) {
    const list = errors.map((e) => `${e.field.slice(1)} ${e.message}`).join('; ');
    throw new Error(`Invalid configuration: ${list}`);
  }
  const production = env.NODE_ENV === 'production';
  if (production && !env.JWT_SECRET) {
    throw new Error('Invalid configuration: JWT_SECRET is required in production');
  }
  // Demo members share a published password, coordinator included.
  if (production && env.DEMO_DATA) {
    throw new Error('Invalid configuration: DEMO_DATA cannot be used in production');
  }
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    database: env.DATABASE_URL
      ? { kind: 'postgres', url: env.DATABASE_URL, poolMax: env.DATABASE_POOL_MAX }
      : { kind: 'pglite', dataDir: env.PGLITE_DATA_DIR },
    // Without a configured secret, tokens die with the process; refresh tokens live in the
    // database, so a signed-in browser simply refreshes after a restart.
    jwtSecret: env.JWT_SECRET ?? randomBytes(48).toString('base64url'),
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
    cookieSecure: env.COOKIE_SECURE ?? production,
    demoData: env.DEMO_DATA ?? (!env.DATABASE_URL && !production),
    webDistDir: env.WEB_DIST_DIR,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    mail: {
      from: env.MAIL_FROM,
      smtp: env.SMTP_HOST
        ? {
            host: env.SMTP_HOST,
            port: env.SMTP_PORT,
            secure: env.SMTP_SECURE,
            ...(env.SMTP_USER ? { user: env.SMTP_USER } : {}),
            ...(env.SMTP_PASSWORD ? { password: env.SMTP_PASSWORD } : {}),
          }
        : null,
    },
    workerIntervalSeconds: env.WORKER_INTERVAL_SECONDS,
    rateLimits: env.RATE_LIMITS,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    corsOrigins: parseOrigins(env.CORS_ORIGINS),
  };
}

function parseTrustProxy(value: string | undefined): Config['trustProxy'] {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(',').map((part) => part.trim());
}

/** Exact origins only: a pattern or `*` would let any site read a signed-in member's data. */
function parseOrigins(value: string | undefined): string[] {
  if (value === undefined) return [];
  const origins = value.split(',').map((part) => part.trim().replace(/\/+$/, ''));
  const wrong = origins.filter((origin) => !/^https?:\/\/[^/\s*]+$/.test(origin));
  if (wrong.length > 0) {
    throw new Error(
      `Invalid configuration: CORS_ORIGINS has ${wrong.join(', ')}; use exact origins`,
    );
  }
  return origins;
}

/** For `pnpm admin:create` in scripts; a secret for one command, so it is not part of Config. */
export function adminPasswordFromEnv(source: NodeJS.ProcessEnv = process.env): string | undefined {
  const password = source.ADMIN_PASSWORD;
  return password && password.length > 0 ? password : undefined;
}
