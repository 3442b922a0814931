import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** A coordinator created the way operators do it, with `admin:create`. */
    admin: { email: string; password: string; name: string };
  }
}

const apiDir = resolve(import.meta.dirname, '../../api');
const webDist = resolve(import.meta.dirname, '../dist');

/**
 * How to start the API. The built bundle by default, as in production; E2E_API=source runs
 * its TypeScript with tsx instead (handy while the API is changing and not rebuilt).
 */
function apiCommand(name: 'server' | 'admin-create'): { command: string; args: string[] } {
  if (process.env.E2E_API === 'source') {
    const source = name === 'server' ? 'src/server.ts' : 'src/cli/admin-create.ts';
    return { command: join(apiDir, 'node_modules/.bin/tsx'), args: [source] };
  }
  return { command: process.execPath, args: [`dist/${name}.js`] };
}

/** Runs `admin:create` before the server opens the embedded database (one process at a time). */
function createAdmin(
  env: NodeJS.ProcessEnv,
  admin: { email: string; password: string; name: string },
) {
  const { command, args } = apiCommand('admin-create');
  return new Promise<void>((resolveRun, reject) => {
    const child = spawn(command, [...args, '--email', admin.email, '--name', admin.name], {
      cwd: apiDir,
      env: { ...env, ADMIN_PASSWORD: admin.password },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => (output += chunk.toString());
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolveRun();
      else reject(new Error(`admin:create exited with ${String(code)}:\n${output}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolvePort(port);
      });
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, logs: () => string) {
  const deadline = Date.now() + 60_000;
  let last: unknown = null;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The API exited with code ${child.exitCode}:\n${logs()}`);
    }
    try {
      const response = await fetch(url);
      if (response.status === 200) return;
      last = `status ${response.status}`;
    } catch (error) {
      // Not listening yet: expected while it boots; reported if the deadline passes.
      last = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The API was not ready within 60 s (last: ${String(last)}):\n${logs()}`);
}

export default async function setup(project: TestProject) {
  const { command, args } = apiCommand('server');
  if (!existsSync(join(webDist, 'index.html'))) {
    throw new Error('No apps/web/dist/index.html: run `pnpm build` in apps/web first.');
  }
  if (command === process.execPath && !existsSync(join(apiDir, args[0] ?? ''))) {
    throw new Error(
      'No apps/api/dist/server.js: run `pnpm --filter @mentorbro/api build` (or E2E_API=source).',
    );
  }

  const dataDir = await mkdtemp(join(tmpdir(), 'mentorbro-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PGLITE_DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    JWT_SECRET: randomBytes(48).toString('base64url'),
    WEB_DIST_DIR: webDist,
    LOG_LEVEL: 'warn',
    // The journeys log in dozens of members, some many times, all from this one address; the
    // limits themselves are pinned by the API's tests.
    RATE_LIMITS: 'false',
  };
  // Always a fresh embedded database: a developer's DATABASE_URL would point the journey
  // at her own data (and leave its accounts there).
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  const admin = {
    email: 'koordinator@example.dk',
    password: randomBytes(12).toString('hex'),
    name: 'Sara Holm',
  };
  try {
    await createAdmin(env, admin);
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  let output = '';
  const child = spawn(command, args, {
    cwd: apiDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(`${baseUrl}/api/health/ready`, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  project.provide('baseUrl', baseUrl);
  project.provide('admin', admin);

  return async function teardown() {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };
}
