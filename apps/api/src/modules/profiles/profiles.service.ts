import { scoreMatch } from '@mentorbro/core/match';
import {
  lastActiveBucket,
  type MenteeProfileView,
  type MentorPublicText,
  type OwnProfile,
} from '@mentorbro/core/profile-view';
import type { MentorPage } from '@mentorbro/core/search';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError, unauthorized } from '../../lib/errors';
import { findProgrammeById } from '../programmes/programmes.repository';
import { findUserForUpdate, findUserInProgramme, type UserRow } from '../users/users.repository';
import {
  findMenteeForMentor,
  findMenteeInProgramme,
  findMenteeProfile,
  insertMenteeProfile,
  updateMenteeProfile,
} from './mentee-profiles.repository';
import {
  type MentorProfileRecord,
  findMentorLanguages,
  findMentorProfile,
  findVisibleMentor,
  insertMentorProfile,
  replaceMentorLanguages,
  updateMentorProfile,
} from './mentor-profiles.repository';
import { menteeColumns, mentorColumns, searchKeywords } from './profile-columns';
import { readMenteeProfile, readMentorProfile } from './profile-input';
import {
  answerDays,
  freeSeats,
  mentorPublicText,
  toMenteeOwnProfile,
  toMenteeView,
  toMentorOwnProfile,
  toMenteeInput,
  toMentorPublic,
} from './profiles.view';

const notFound = () => new AppError(404, 'not_found', 'There is no such profile.');

/**
 * Compares two versions of her words field by field (no company = null). Not by stringifying
 * the objects: jsonb gives its keys back in its own order.
 */
function sameText(a: MentorPublicText | null, b: MentorPublicText | null): boolean {
  const canonical = (text: MentorPublicText | null) =>
    text &&
    JSON.stringify([
      text.headline,
      text.about,
      text.jobTitle,
      text.interests,
      text.partnerCompany ?? null,
    ]);
  return canonical(a) === canonical(b);
}

/** A profile sent for (another) first look: whatever was decided before no longer holds. */
const freshReview = (now: Date) => ({
  status: 'pending' as const,
  rejectionReason: null,
  submittedAt: now,
  reviewedAt: null,
  reviewedBy: null,
});

export function profilesService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  async function saveMentor(user: UserRow, body: unknown): Promise<void> {
    const programme = await findProgrammeById(db, user.programmeId);
    if (!programme) throw new Error('A member without a programme');
    const kept = (await findMentorLanguages(db, user.id)).map((language) => language.code);
    const profile = readMentorProfile(body, programme.languages, kept);
    const now = clock.now();
    const columns = mentorColumns(profile);
    await db.transaction(async (tx) => {
      // Her own row is the lock: FOR UPDATE on a profile not yet written locks nothing, and
      // two first saves at once (a double tap) would both insert. Erased since the guard looked:
      // nothing is written for her.
      if (!(await findUserForUpdate(tx, user.id))) throw unauthorized();
      const existing = await findMentorProfile(tx, user.id, { forUpdate: true });
      if (!existing) {
        await insertMentorProfile(tx, {
          userId: user.id,
          programmeId: user.programmeId,
          ...columns,
          ...freshReview(now),
        });
      } else if (existing.row.status !== 'approved') {
        await updateMentorProfile(tx, user.id, {
          ...columns,
          ...freshReview(now),
          pendingChanges: null,
          updatedAt: now,
        });
      } else {
        // Approved: her new words wait for a coordinator while the approved ones stay live;
        // everything else (pause, capacity, lists) applies at once.
        const { headline, about, jobTitle, interests, partnerCompany, ...immediate } = columns;
        const proposed = mentorPublicText({ headline, about, jobTitle, interests, partnerCompany });
        const changed = !sameText(mentorPublicText(existing.row), proposed);
        const alreadyWaiting = changed && sameText(existing.row.pendingChanges, proposed);
        await updateMentorProfile(tx, user.id, {
          ...immediate,
          // Her new field is live at once; her waiting words are not searchable yet.
          searchKeywords: searchKeywords(
            profile.field,
            existing.row.interests,
            existing.row.partnerCompany,
          ),
          pendingChanges: changed ? proposed : null,
          ...(changed && !alreadyWaiting ? { submittedAt: now, rejectionReason: null } : {}),
          updatedAt: now,
        });
      }
      await replaceMentorLanguages(tx, user.id, profile.languages);
    });
  }

  async function saveMentee(user: UserRow, body: unknown): Promise<void> {
    const profile = readMenteeProfile(body);
    const programme = await findProgrammeById(db, user.programmeId);
    if (!programme) throw new Error('A member without a programme');
    const now = clock.now();
    const columns = { ...menteeColumns(profile), updatedAt: now };
    // Where the programme does not review mentees, she is approved as she sends it.
    const review = programme.menteeApprovalRequired
      ? freshReview(now)
      : { ...freshReview(now), status: 'approved' as const, reviewedAt: now };
    await db.transaction(async (tx) => {
      if (!(await findUserForUpdate(tx, user.id))) throw unauthorized();
      const existing = await findMenteeProfile(tx, user.id, { forUpdate: true });
      if (!existing) {
        await insertMenteeProfile(tx, { userId: user.id, ...columns, ...review });
      } else if (existing.status !== 'approved') {
        await updateMenteeProfile(tx, user.id, { ...columns, ...review });
      } else {
        // Only coordinators and mentors she asks read it, so an approved mentee's edits
        // apply at once and she stays approved.
        await updateMenteeProfile(tx, user.id, columns);
      }
    });
  }

  async function own(user: UserRow): Promise<OwnProfile> {
    if (user.role === 'mentor') return toMentorOwnProfile(await findMentorProfile(db, user.id));
    if (user.role === 'mentee') return toMenteeOwnProfile(await findMenteeProfile(db, user.id));
    throw new AppError(404, 'not_found', 'Coordinators have no profile.');
  }

  return {
    own,

    async save(user: UserRow, body: unknown): Promise<OwnProfile> {
      if (user.role === 'mentor') await saveMentor(user, body);
      else if (user.role === 'mentee') await saveMentee(user, body);
      else throw new AppError(404, 'not_found', 'Coordinators have no profile.');
      return own(user);
    },

    /**
     * Approved, active mentors of her programme; coordinators see every mentor they look
     * after. A mentee with a profile also learns why the mentor may fit her.
     */
    async mentor(viewer: UserRow, mentorId: string): Promise<MentorPage> {
      let found:
        { name: string; lastActiveAt: Date | null; record: MentorProfileRecord } | undefined;
      if (viewer.role === 'admin') {
        const [record, mentor] = await Promise.all([
          findMentorProfile(db, mentorId),
          findUserInProgramme(db, mentorId, viewer.programmeId),
        ]);
        if (record && mentor?.role === 'mentor') {
          found = { name: mentor.name, lastActiveAt: mentor.lastActiveAt, record };
        }
      } else {
        found = await findVisibleMentor(db, mentorId, viewer.programmeId);
      }
      if (!found) throw notFound();
      const profile = toMentorPublic(mentorId, found.name, found.record);
      const mentee = viewer.role === 'mentee' ? await findMenteeProfile(db, viewer.id) : undefined;
      return {
        ...profile,
        freeSeats: freeSeats(found.record.row),
        match: mentee ? scoreMatch(toMenteeInput(mentee), profile) : null,
        answerDays: answerDays(found.record.row.answerDays),
        lastActive: lastActiveBucket(found.lastActiveAt, clock.now()),
      };
    },

    /**
     * A mentee's profile: to coordinators, to herself, and to a mentor she asked. Anyone
     * else learns nothing, not even that she exists: 404, never 403.
     */
    async mentee(viewer: UserRow, menteeId: string): Promise<MenteeProfileView> {
      const found =
        viewer.role === 'admin' || viewer.id === menteeId
          ? await findMenteeInProgramme(db, menteeId, viewer.programmeId)
          : viewer.role === 'mentor'
            ? await findMenteeForMentor(db, menteeId, viewer, clock.now())
            : undefined;
      if (!found) throw notFound();
      return toMenteeView(menteeId, found.name, found.row);
    },
  };
}
