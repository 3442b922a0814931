import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { LOCALES, NAME_MAX, ROLES } from '@mentorbro/core/user';
import { EMAIL_MAX } from '@mentorbro/core/auth';

/** `col in ('a','b')` from a core list, so the database refuses what the schemas refuse. */
const oneOf = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored trimmed and lower-cased: one address, one account. */
    email: text().notNull().unique(),
    name: text().notNull(),
    role: text({ enum: ROLES }).notNull(),
    locale: text({ enum: LOCALES }).notNull(),
    passwordHash: text().notNull(),
    termsAcceptedAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('users_email_normalised', sql`${t.email} = lower(btrim(${t.email}))`),
    check(
      'users_email_length',
      sql`char_length(${t.email}) between 3 and ${sql.raw(String(EMAIL_MAX))}`,
    ),
    check(
      'users_name_length',
      sql`char_length(${t.name}) between 1 and ${sql.raw(String(NAME_MAX))}`,
    ),
    check('users_role', sql`${t.role} in (${oneOf(ROLES)})`),
    check('users_locale', sql`${t.locale} in (${oneOf(LOCALES)})`),
  ],
);

/**
 * Refresh tokens are stored only as SHA-256 hashes. Each login starts a family; every
 * rotation adds a token to it and marks the old one used. A used token presented again
 * means it was stolen, and the whole family is revoked.
 */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    familyId: uuid().notNull(),
    tokenHash: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('refresh_tokens_family_idx').on(t.familyId),
    index('refresh_tokens_user_idx').on(t.userId),
    check('refresh_tokens_expiry_after_creation', sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);
