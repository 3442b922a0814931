import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';
import { sampleMenteeProfile, sampleMentorProfile } from '@mentorbro/core/samples';
import { eq } from 'drizzle-orm';
import { mentorLanguages, mentorProfiles, users } from '../../src/db/schema';
import { mentorColumns } from '../../src/modules/profiles/profile-columns';
import { insertMember, insertProgramme } from './admin';
import { registerAndLogin } from './accounts';
import { auth } from './profiles';
import type { TestApp } from './test-app';

export interface InsertedMentor {
  id: string;
  name: string;
}

/**
 * A mentor written straight to the tables through the same columns the profile service
 * writes (no argon2, no HTTP), approved unless told otherwise: search tests need many.
 */
export async function insertMentor(
  t: TestApp,
  programmeId: string,
  profile: Partial<MentorProfileInput> = {},
  options: {
    name?: string;
    status?: 'approved' | 'pending' | 'rejected';
    approvedAt?: Date;
    seatsTaken?: number;
  } = {},
): Promise<InsertedMentor> {
  const name = options.name ?? 'Mette Jensen';
  const member = await insertMember(t, { name, role: 'mentor', programmeId });
  const input = sampleMentorProfile(profile);
  const status = options.status ?? 'approved';
  const approvedAt = options.approvedAt ?? t.clock.now();
  await t.app.db.insert(mentorProfiles).values({
    userId: member.id,
    programmeId,
    ...mentorColumns(input),
    status,
    rejectionReason: status === 'rejected' ? 'Fortæl mere om dig selv.' : null,
    submittedAt: approvedAt,
    approvedAt: status === 'approved' ? approvedAt : null,
    seatsTaken: options.seatsTaken ?? 0,
  });
  await t.app.db
    .insert(mentorLanguages)
    .values(input.languages.map((l, position) => ({ userId: member.id, ...l, position })));
  return { id: member.id, name };
}

export async function suspend(t: TestApp, userId: string): Promise<void> {
  await t.app.db
    .update(users)
    .set({ suspendedAt: t.clock.now(), suspensionReason: 'Test' })
    .where(eq(users.id, userId));
}

/** A programme of its own, so a test sees only the mentors it wrote. */
export async function freshProgramme(t: TestApp) {
  return insertProgramme(t, { menteeApprovalRequired: false });
}

/** A mentee of the programme, logged in, with a profile unless `profile` is null. */
export async function menteeIn(
  t: TestApp,
  programme: { slug: string },
  profile: Partial<MenteeProfileInput> | null = {},
) {
  const mentee = await registerAndLogin(t, { role: 'mentee', programme: programme.slug });
  if (profile) {
    await t.http
      .put('/api/me/profile')
      .set(auth(mentee))
      .send(sampleMenteeProfile(profile))
      .expect(200);
  }
  return mentee;
}

export async function mentorIn(t: TestApp, programme: { slug: string }) {
  return registerAndLogin(t, { role: 'mentor', programme: programme.slug });
}
