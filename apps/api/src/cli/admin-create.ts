import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { adminPasswordFromEnv } from '../config';
import { systemClock } from '../lib/clock';
import { createAdmin } from '../modules/users/users.service';
import { withDatabase } from './with-database';

/**
 * Creates a coordinator (admin). Admins are never created over HTTP.
 *   pnpm admin:create --email koordinator@example.dk --name "Sara Holm" [--locale en]
 * The password is asked for, or read from ADMIN_PASSWORD for scripts; never a flag, so it
 * does not end up in the shell history.
 */
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    locale: { type: 'string', default: 'da' },
  },
});

async function askPassword(): Promise<string> {
  const fromEnv = adminPasswordFromEnv();
  if (fromEnv) return fromEnv;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question('Password for the new coordinator (at least 10 characters): ');
  } finally {
    rl.close();
  }
}

await withDatabase(async ({ db }) => {
  const { email, name, locale } = values;
  if (!email || !name) throw new Error('Usage: pnpm admin:create --email <email> --name "<name>"');
  if (locale !== 'da' && locale !== 'en') throw new Error('--locale must be da or en');
  const admin = await createAdmin(db, systemClock, {
    email,
    name,
    locale,
    password: await askPassword(),
  });
  console.log(`Coordinator created: ${admin.email}`);
});
