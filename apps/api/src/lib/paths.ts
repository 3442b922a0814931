import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The API package's root folder, found the same way from source (tsx, vitest) and from the
 * bundle in dist/, so migrations and the SPA are located without guessing relative depths.
 */
function findPackageRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

export const apiRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
export const repoRoot = resolve(apiRoot, '../..');
export const migrationsFolder = join(apiRoot, 'drizzle');
