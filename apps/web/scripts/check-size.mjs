// The size budget: the JavaScript a phone must download before the first page shows
// (the entry script and the modules it preloads), gzipped, must stay under 150 kB.
// Pages are lazy chunks and do not count. Run after `vite build`.
// It also guards the strict CSP planned for production: no chunk may evaluate strings as code.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 150 * 1000;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

let html;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
} catch (error) {
  console.error(`No ${join(dist, 'index.html')}: run \`pnpm build\` first.`, error);
  process.exit(1);
}

const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]);
const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
  (m) => m[1],
);
const files = [...new Set([...entries, ...preloads])];
if (entries.length === 0) {
  console.error('No entry <script type="module" src> found in dist/index.html.');
  process.exit(1);
}

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
let total = 0;
for (const file of files) {
  const source = readFileSync(join(dist, file.replace(/^\//, '')));
  const gzipped = gzipSync(source, { level: 9 }).length;
  total += gzipped;
  console.log(`${kB(gzipped).padStart(10)}  ${file}`);
}
console.log(`${kB(total).padStart(10)}  initial JavaScript, gzipped (budget ${kB(BUDGET_BYTES)})`);

if (total > BUDGET_BYTES) {
  console.error(`Over budget by ${kB(total - BUDGET_BYTES)}: lazy-load more of it.`);
  process.exit(1);
}

// vue-i18n 11 interprets messages (JIT to AST); a build that evaluates code would break the CSP.
const evalLike = /\bnew Function\s*\(|\beval\s*\(/;
const offenders = readdirSync(join(dist, 'assets'))
  .filter((name) => name.endsWith('.js'))
  .filter((name) => evalLike.test(readFileSync(join(dist, 'assets', name), 'utf8')));
if (offenders.length > 0) {
  console.error(`These chunks evaluate strings as code (CSP forbids it): ${offenders.join(', ')}`);
  process.exit(1);
}
console.log('No chunk uses eval or new Function.');
