import type { AdminUser } from '@mentorbro/core/admin';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repository';
import { revokeAllOfUser } from '../auth/refresh-tokens.repository';
import {
  findUserForUpdate,
  findUserInProgramme,
  searchUsers,
  setSuspension,
  type UserRow,
} from './users.repository';

const SEARCH_LIMIT = 50;

type Status = AdminUser['profileStatus'];

export function toAdminUser(user: UserRow, profileStatus: Status): AdminUser {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    createdAt: user.createdAt.toISOString(),
    profileStatus,
    suspendedAt: user.suspendedAt?.toISOString() ?? null,
    suspensionReason: user.suspensionReason,
  };
}

export function adminUsersService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function find(admin: UserRow, q: string): Promise<AdminUser[]> {
    const rows = await searchUsers(db, admin.programmeId, q, SEARCH_LIMIT);
    return rows.map((row) => toAdminUser(row.user, row.mentorStatus ?? row.menteeStatus));
  }

  async function one(admin: UserRow, id: string): Promise<AdminUser> {
    const rows = await searchUsers(db, admin.programmeId, '', 1, id);
    const [row] = rows;
    if (!row) throw new AppError(404, 'not_found', 'There is no such member.');
    return toAdminUser(row.user, row.mentorStatus ?? row.menteeStatus);
  }

  /**
   * Suspending ends her sessions in the same transaction: no refresh token of hers works
   * afterwards, and the guard refuses her access token on its next use.
   */
  async function changeSuspension(admin: UserRow, id: string, reason: string | null) {
    const member = await findUserInProgramme(db, id, admin.programmeId);
    if (!member) throw new AppError(404, 'not_found', 'There is no such member.');
    if (member.role === 'admin') {
      throw new AppError(409, 'cannot_suspend_admin', 'Coordinators cannot be suspended here.');
    }
    const now = clock.now();
    await db.transaction(async (tx) => {
      const locked = await findUserForUpdate(tx, id);
      if (!locked) throw new AppError(404, 'not_found', 'There is no such member.');
      if (reason !== null) {
        if (locked.suspendedAt)
          throw new AppError(409, 'already_suspended', 'She is already suspended.');
        await setSuspension(tx, id, { at: now, reason }, now);
        await revokeAllOfUser(tx, id, now);
      } else {
        if (!locked.suspendedAt) throw new AppError(409, 'not_suspended', 'She is not suspended.');
        await setSuspension(tx, id, null, now);
      }
      await recordAudit(tx, {
        programmeId: admin.programmeId,
        at: now,
        actorId: admin.id,
        action: reason === null ? 'user.reinstate' : 'user.suspend',
        subjectId: id,
        reason,
      });
    });
    return one(admin, id);
  }

  return {
    find,
    suspend: (admin: UserRow, id: string, reason: string) => changeSuspension(admin, id, reason),
    reinstate: (admin: UserRow, id: string) => changeSuspension(admin, id, null),
  };
}
