import type { MemberSettings, User } from '@mentorbro/core/user';
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
