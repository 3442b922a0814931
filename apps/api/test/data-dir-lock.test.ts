import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client';

const dirs: string[] = [];
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'mentorbro-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the embedded database folder', () => {
  it('refuses a second opener while the first has it, and frees it on close', async () => {
    const dataDir = newDir();
    const first = await openDatabase({ kind: 'pglite', dataDir });
    await expect(openDatabase({ kind: 'pglite', dataDir })).rejects.toThrow(/in use by another/);
    await first.close();
    const second = await openDatabase({ kind: 'pglite', dataDir });
    await second.close();
  });

  it('takes over a lock left by a process that is gone', async () => {
    const dataDir = newDir();
    writeFileSync(join(dataDir, 'mentorbro.lock'), '999999999');
    const handle = await openDatabase({ kind: 'pglite', dataDir });
    await handle.ping();
    await handle.close();
  });
});
