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
