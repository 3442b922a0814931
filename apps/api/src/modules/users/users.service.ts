import { Email, Password, PASSWORD_MAX, PASSWORD_MIN, RegisterBody } from '@mentorbro/core/auth';
import type { Locale } from '@mentorbro/core/user';
import { validate } from '@mentorbro/core/validation';
import type { Executor } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { hashPassword } from '../auth/password';
import {
  defaultProgramme,
  findProgrammeBySlug,
  type ProgrammeRow,
} from '../programmes/programmes.repository';
import { insertUser, type UserRow } from './users.repository';

export interface NewAdmin {
  email: string;
  name: string;
  password: string;
  locale: Locale;
  /** The programme she coordinates; the default one when left out. */
  programme?: string;
}

async function programmeFor(db: Executor, slug: string | undefined): Promise<ProgrammeRow> {
  if (slug === undefined) return defaultProgramme(db);
  const programme = await findProgrammeBySlug(db, slug);
  if (!programme) throw new Error(`There is no programme "${slug}".`);
  return programme;
}

/**
 * Creates a coordinator. Only the `admin:create` command calls this: no HTTP route can
 * make an admin. Throws a plain message for the command to print.
 */
export async function createAdmin(db: Executor, clock: Clock, admin: NewAdmin): Promise<UserRow> {
  if (validate(Email, admin.email).length > 0) throw new Error('That email address is not valid.');
  if (validate(Password, admin.password).length > 0) {
    throw new Error(`The password must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long.`);
  }
  const name = admin.name.trim();
  if (validate(RegisterBody.properties.name, name).length > 0) {
    throw new Error('The name must be 1 to 100 characters on one line.');
  }
  const row = await insertUser(db, {
    email: admin.email,
    name,
    role: 'admin',
    locale: admin.locale,
    passwordHash: await hashPassword(admin.password),
    programmeId: (await programmeFor(db, admin.programme)).id,
    termsAcceptedAt: clock.now(),
  });
  if (!row) throw new Error('An account with this email already exists.');
  return row;
}
