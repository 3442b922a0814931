import type { PersonalData } from '@mentorbro/core/privacy';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError, unauthorized } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repository';
import { verifyPassword } from '../auth/password';
import { recordWrongPassword } from '../auth/lockout';
import { findUserForErasure, findUserInProgramme, type UserRow } from '../users/users.repository';
import { buildExport } from './privacy-export';
import { eraseAccount } from './privacy-erase';
import { lockCoordinators } from './privacy.repository';

const noSuchMember = () => new AppError(404, 'not_found', 'There is no such member.');

export function privacyService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  return {
    /** Her data as of one moment: every section read from the same snapshot. */
    exportData: (user: UserRow): Promise<PersonalData> =>
      db.transaction((tx) => buildExport(tx, user, clock.now()), {
        isolationLevel: 'repeatable read',
        accessMode: 'read only',
      }),

    /**
     * She deletes her own account. Her password first: a session alone is whoever holds her
     * unlocked phone. A programme's last coordinator stays, or no one could look after it.
     */
    async deleteOwn(user: UserRow, password: string): Promise<void> {
      if (!(await verifyPassword(user.passwordHash, password))) {
        // Counted with wrong passwords at login: guessing here must lock her account as there.
        await recordWrongPassword(db, user.id, clock.now());
        throw new AppError(403, 'password_incorrect', 'That is not the password of this account.');
      }
      await db.transaction(async (tx) => {
        if (user.role === 'admin') {
          const coordinators = await lockCoordinators(tx, user.programmeId);
          if (coordinators.length <= 1) {
            throw new AppError(
              409,
              'last_coordinator',
              'The programme needs another coordinator before this account can go.',
            );
          }
        }
        const locked = await findUserForErasure(tx, user.id);
        // Deleted by a coordinator (or another tab) since the guard looked.
        if (!locked || locked.deletedAt) throw unauthorized();
        await eraseAccount(tx, locked, clock.now());
      });
    },

    /**
     * A coordinator erases a member's account when she asks for it by other means. Not a
     * coordinator's: each deletes her own, where the last-coordinator rule holds. Audited with
     * the reason and the member's id only; the id leads to the anonymised row, never to her.
     */
    async eraseMember(admin: UserRow, id: string, reason: string): Promise<void> {
      const member = await findUserInProgramme(db, id, admin.programmeId);
      if (!member) throw noSuchMember();
      if (member.role === 'admin') {
        throw new AppError(409, 'cannot_erase_admin', 'A coordinator deletes her own account.');
      }
      await db.transaction(async (tx) => {
        const locked = await findUserForErasure(tx, id);
        if (!locked || locked.deletedAt) throw noSuchMember();
        const now = clock.now();
        await eraseAccount(tx, locked, now);
        await recordAudit(tx, {
          programmeId: admin.programmeId,
          at: now,
          actorId: admin.id,
          action: 'user.erase',
          subjectId: id,
          reason,
          details: { role: locked.role },
        });
      });
    },
  };
}
