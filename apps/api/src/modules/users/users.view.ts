import type { NamedPerson } from '@mentorbro/core/admin';
import type { Person } from '@mentorbro/core/requests';
import type { MemberSettings, User } from '@mentorbro/core/user';
import { firstName } from '../profiles/profiles.view';
import type { UserRow } from './users.repository';

/** The user as she may see herself: never the password hash. */
export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    locale: row.locale,
    createdAt: row.createdAt.toISOString(),
  };
}

export const toSettings = (row: UserRow): MemberSettings => ({
  locale: row.locale,
  emailTips: row.emailTips,
});

/**
 * The other member as the match views show her. A deleted account keeps its place in her
 * records, nameless: the placeholder name of the anonymised row never reaches a member.
 */
export const toPerson = (id: string, name: string, deletedAt: Date | null): Person =>
  deletedAt ? { id, firstName: '', deleted: true } : { id, firstName: firstName(name) };

/**
 * Someone as the coordinators' views (the audit log, reports) name her: the same rule as
 * toPerson with her full name. A `null` name (no row at all, in a log that outlives accounts)
 * reads as deleted too.
 */
export const toNamedPerson = (
  id: string,
  name: string | null,
  deletedAt: Date | null,
): NamedPerson => (deletedAt || name === null ? { id, name: '', deleted: true } : { id, name });
