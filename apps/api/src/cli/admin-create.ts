import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { adminPasswordFromEnv } from '../config';
import { systemClock } from '../lib/clock';
import { createAdmin } from '../modules/users/users.service';
import { withDatabase } from './with-database';

/**
 * Creates a coordinator (admin). Admins are never created over HTTP.
 *   pnpm admin:create --email koordinator@example.dk --name "Sara Holm" [--locale en] [--programme slug]
 * The password is asked for, or read from ADMIN_PASSWORD for scripts; never a flag, so it
 * does not end up in the shell history.
 */
const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    locale: { type: 'string', default: 'da' },
    programme: { type: 'string' },
  },
});

/**
 * Asks twice, without echoing what is typed (readline writes to a sink), so the password is
 * not left on screen or in scrollback.
 */
async function askPassword(): Promise<string> {
  const fromEnv = adminPasswordFromEnv();
  if (fromEnv) return fromEnv;
  const sink = new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output: sink, terminal: process.stdin.isTTY });
  // The line iterator buffers, so piped input with both answers is not lost between questions.
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (question: string) => {
    process.stdout.write(question);
    const line = await lines.next();
    process.stdout.write('\n');
    if (line.done) throw new Error('No password was given.');
    return line.value;
  };
  try {
    const password = await ask('Password for the new coordinator (at least 10 characters): ');
    const again = await ask('The same password again: ');
    if (password !== again) throw new Error('The two passwords were not the same.');
    return password;
  } finally {
    rl.close();
  }
}

await withDatabase(async ({ db }) => {
  const { email, name, locale, programme } = values;
  if (!email || !name) throw new Error('Usage: pnpm admin:create --email <email> --name "<name>"');
  if (locale !== 'da' && locale !== 'en') throw new Error('--locale must be da or en');
  const admin = await createAdmin(db, systemClock, {
    email,
    name,
    locale,
    password: await askPassword(),
    ...(programme === undefined ? {} : { programme }),
  });
  console.log(`Coordinator created: ${admin.email}`);
});
