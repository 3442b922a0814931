import type { ModerationItem } from '@mentorbro/core/admin';
import type { ProfileStatus } from '@mentorbro/core/profile';
import type { Db, Tx } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repository';
import { notify } from '../notifications/notifications.repository';
import { findMenteeProfile, updateMenteeProfile } from '../profiles/mentee-profiles.repository';
import { findMentorProfile, updateMentorProfile } from '../profiles/mentor-profiles.repository';
import { searchKeywords } from '../profiles/profile-columns';
import { toMenteeInput, toMentorInput } from '../profiles/profiles.view';
import { findUserInProgramme, type UserRow } from '../users/users.repository';
import { listMenteesForReview, listMentorsForReview } from './moderation.repository';

const nothingToReview = () =>
  new AppError(409, 'nothing_to_review', 'This profile has nothing waiting for review.');

type Decision = ({ approve: true } | { approve: false; reason: string }) & {
  /** The version the coordinator read. */
  seen: string;
};

/** Refuses a decision about a version she did not read. */
function assertSeen(submittedAt: Date, decision: Decision) {
  if (submittedAt.toISOString() !== new Date(decision.seen).toISOString()) {
    throw new AppError(409, 'profile_changed', 'The profile changed after it was read.');
  }
}

export function moderationService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  /** Decides on a mentor's whole profile, or on her changed words while the approved ones stay live. */
  async function decideMentor(
    tx: Tx,
    admin: UserRow,
    userId: string,
    decision: Decision,
    now: Date,
  ) {
    const record = await findMentorProfile(tx, userId, { forUpdate: true });
    if (!record) throw nothingToReview();
    const { row } = record;
    if (row.status === 'pending' || row.pendingChanges) assertSeen(row.submittedAt, decision);
    const reviewed = { reviewedAt: now, reviewedBy: admin.id, updatedAt: now };
    if (row.status === 'pending') {
      await updateMentorProfile(tx, userId, {
        ...reviewed,
        status: decision.approve ? 'approved' : 'rejected',
        rejectionReason: decision.approve ? null : decision.reason,
        ...(decision.approve ? { approvedAt: row.approvedAt ?? now } : {}),
      });
      return 'new' as const;
    }
    if (row.status === 'approved' && row.pendingChanges) {
      await updateMentorProfile(tx, userId, {
        ...reviewed,
        ...(decision.approve
          ? {
              ...row.pendingChanges,
              partnerCompany: row.pendingChanges.partnerCompany ?? null,
              searchKeywords: searchKeywords(
                row.field,
                row.pendingChanges.interests,
                row.pendingChanges.partnerCompany,
              ),
            }
          : {}),
        pendingChanges: null,
        // She sees why her change was not taken; the approved profile stays as it was.
        rejectionReason: decision.approve ? null : decision.reason,
      });
      return 'edit' as const;
    }
    throw nothingToReview();
  }

  async function decideMentee(
    tx: Tx,
    admin: UserRow,
    userId: string,
    decision: Decision,
    now: Date,
  ) {
    const row = await findMenteeProfile(tx, userId, { forUpdate: true });
    if (row?.status !== 'pending') throw nothingToReview();
    assertSeen(row.submittedAt, decision);
    await updateMenteeProfile(tx, userId, {
      reviewedAt: now,
      reviewedBy: admin.id,
      updatedAt: now,
      status: decision.approve ? 'approved' : 'rejected',
      rejectionReason: decision.approve ? null : decision.reason,
    });
    return 'new' as const;
  }

  async function decide(admin: UserRow, userId: string, decision: Decision): Promise<void> {
    const member = await findUserInProgramme(db, userId, admin.programmeId);
    if (!member || member.role === 'admin') {
      throw new AppError(404, 'not_found', 'There is no such member.');
    }
    // A suspended member's profile waits, out of the queue, until she is reinstated.
    if (member.suspendedAt) throw nothingToReview();
    const now = clock.now();
    await db.transaction(async (tx) => {
      const kind =
        member.role === 'mentor'
          ? await decideMentor(tx, admin, userId, decision, now)
          : await decideMentee(tx, admin, userId, decision, now);
      await recordAudit(tx, {
        programmeId: admin.programmeId,
        at: now,
        actorId: admin.id,
        action: decision.approve ? 'profile.approve' : 'profile.reject',
        subjectId: userId,
        reason: decision.approve ? null : decision.reason,
        details: { kind },
      });
      await notify(tx, [
        {
          userId,
          programmeId: admin.programmeId,
          kind: decision.approve ? 'profile_approved' : 'profile_rejected',
          params: {},
          link: '/my-profile',
          createdAt: now,
        },
      ]);
    });
  }

  return {
    async queue(admin: UserRow, status: ProfileStatus): Promise<ModerationItem[]> {
      const [mentors, mentees] = await Promise.all([
        listMentorsForReview(db, admin.programmeId, status),
        listMenteesForReview(db, admin.programmeId, status),
      ]);
      const items: ModerationItem[] = [
        ...mentors.map(({ name, row, languages }) => ({
          userId: row.userId,
          name,
          role: 'mentor' as const,
          status: row.status,
          kind:
            row.status === 'approved' && row.pendingChanges ? ('edit' as const) : ('new' as const),
          submittedAt: row.submittedAt.toISOString(),
          rejectionReason: row.rejectionReason,
          profile: toMentorInput({ row, languages }),
          pendingChanges: row.pendingChanges,
        })),
        ...mentees.map(({ name, row }) => ({
          userId: row.userId,
          name,
          role: 'mentee' as const,
          status: row.status,
          kind: 'new' as const,
          submittedAt: row.submittedAt.toISOString(),
          rejectionReason: row.rejectionReason,
          profile: toMenteeInput(row),
          pendingChanges: null,
        })),
      ];
      // ISO timestamps in UTC sort as text.
      return items.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
    },

    approve: (admin: UserRow, userId: string, seen: string) =>
      decide(admin, userId, { approve: true, seen }),
    reject: (admin: UserRow, userId: string, reason: string, seen: string) =>
      decide(admin, userId, { approve: false, reason, seen }),
  };
}
