import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedSession } from '../../../src/modules/auth/auth.service';
import { createAdminAndLogin } from '../../helpers/accounts';
import { adminOfProgrammeAndLogin, insertProgramme } from '../../helpers/admin';
import {
  approvedMember,
  queuedVersion,
  auth,
  type Member,
  memberWithProfile,
  validMentorProfile,
} from '../../helpers/profiles';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let admin: IssuedSession;
let viewer: Member;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createAdminAndLogin(t);
  viewer = await approvedMember(t, admin, 'mentee');
});
afterAll(() => t.close());

const queue = async (status?: string) => {
  const res = await t.http
    .get(`/api/admin/profiles${status ? `?status=${status}` : ''}`)
    .set(auth(admin))
    .expect(200);
  return res.body as { userId: string; kind: string; status: string; pendingChanges: unknown }[];
};
const approve = async (id: string, status: number, seen?: string) =>
  t.http
    .post(`/api/admin/profiles/${id}/approve`)
    .set(auth(admin))
    .send({ submittedAt: seen ?? (await queuedVersion(t, admin, id)) })
    .expect(status);
const reject = async (id: string, reason: string, status: number, seen?: string) =>
  t.http
    .post(`/api/admin/profiles/${id}/reject`)
    .set(auth(admin))
    .send({ reason, submittedAt: seen ?? (await queuedVersion(t, admin, id)) })
    .expect(status);
const own = async (member: Member) =>
  (await t.http.get('/api/me/profile').set(auth(member)).expect(200)).body as {
    status: string;
    rejectionReason: string | null;
    profile: Record<string, unknown>;
    pendingChanges: Record<string, unknown> | null;
  };
const latestAudit = async () => {
  const res = await t.http.get('/api/admin/audit?limit=1').set(auth(admin)).expect(200);
  return res.body.entries[0] as Record<string, unknown>;
};

describe('the moderation queue', () => {
  it('lists new profiles of both roles, oldest first', async () => {
    const first = await memberWithProfile(t, 'mentor');
    t.clock.advance(60_000);
    const second = await memberWithProfile(t, 'mentee');
    const ids = (await queue()).map((item) => item.userId);
    expect(ids.indexOf(first.user.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(first.user.id)).toBeLessThan(ids.indexOf(second.user.id));
    const item = (await queue('pending')).find((entry) => entry.userId === second.user.id);
    expect(item).toMatchObject({ kind: 'new', status: 'pending', role: 'mentee' });
  });
});

describe('approving and rejecting a new profile', () => {
  it('approves: she is told, she is visible, and the audit log says who did it', async () => {
    const mentor = await memberWithProfile(t, 'mentor');
    await approve(mentor.user.id, 204);
    expect((await own(mentor)).status).toBe('approved');
    await t.http.get(`/api/mentors/${mentor.user.id}`).set(auth(viewer)).expect(200);
    expect((await queue()).map((item) => item.userId)).not.toContain(mentor.user.id);
    expect(await latestAudit()).toMatchObject({
      action: 'profile.approve',
      actor: { name: 'Sara Holm' },
      subject: { id: mentor.user.id },
      reason: null,
    });
  });

  it('rejects with a reason she reads; her edit sends it back for review', async () => {
    const mentee = await memberWithProfile(t, 'mentee');
    const reason = 'Fortæl gerne lidt mere om, hvad du håber på.';
    await reject(mentee.user.id, reason, 204);
    expect(await own(mentee)).toMatchObject({ status: 'rejected', rejectionReason: reason });
    expect(await latestAudit()).toMatchObject({
      action: 'profile.reject',
      subject: { id: mentee.user.id },
      reason,
    });
    expect((await queue('rejected')).map((item) => item.userId)).toContain(mentee.user.id);

    const profile = (await own(mentee)).profile;
    await t.http
      .put('/api/me/profile')
      .set(auth(mentee))
      .send({ ...profile, about: 'Jeg håber at finde arbejde som sygeplejerske.' })
      .expect(200);
    expect(await own(mentee)).toMatchObject({ status: 'pending', rejectionReason: null });
    expect((await queue()).map((item) => item.userId)).toContain(mentee.user.id);
  });

  it('refuses a rejection without a reason', async () => {
    const mentor = await memberWithProfile(t, 'mentor');
    const res = await reject(mentor.user.id, '   ', 400);
    expect(res.body.error.details[0]).toMatchObject({ field: '/reason' });
    expect((await own(mentor)).status).toBe('pending');
  });

  it('answers 409 when there is nothing to decide, e.g. a second coordinator was first', async () => {
    const mentor = await memberWithProfile(t, 'mentor');
    const seen = await queuedVersion(t, admin, mentor.user.id);
    await approve(mentor.user.id, 204, seen);
    const res = await approve(mentor.user.id, 409, seen);
    expect(res.body.error.code).toBe('nothing_to_review');
    await reject(mentor.user.id, 'Too late', 409, seen);
  });

  it('answers 404 for an unknown member and for a coordinator', async () => {
    const someVersion = new Date().toISOString();
    await approve('00000000-0000-4000-8000-000000000000', 404, someVersion);
    const me = await t.http.get('/api/me').set(auth(admin)).expect(200);
    await approve(me.body.id as string, 404, someVersion);
  });
});

describe('a profile that changed while the coordinator read it', () => {
  it('is not approved: the coordinator must read the new version first', async () => {
    const mentor = await memberWithProfile(t, 'mentor');
    const seen = await queuedVersion(t, admin, mentor.user.id);
    t.clock.advance(1_000);
    await t.http
      .put('/api/me/profile')
      .set(auth(mentor))
      .send(validMentorProfile({ about: 'Ring til mig privat på 12345678 udenom programmet.' }))
      .expect(200);
    const res = await approve(mentor.user.id, 409, seen);
    expect(res.body.error.code).toBe('profile_changed');
    await reject(mentor.user.id, 'Ingen telefonnumre, tak.', 409, seen);
    expect((await own(mentor)).status).toBe('pending');
    await approve(mentor.user.id, 204);
  });

  it("is not approved when an approved mentor's waiting words changed again", async () => {
    const mentor = await approvedMember(t, admin, 'mentor');
    await t.http
      .put('/api/me/profile')
      .set(auth(mentor))
      .send(validMentorProfile({ headline: 'En harmløs ny overskrift' }))
      .expect(200);
    const seen = await queuedVersion(t, admin, mentor.user.id);
    t.clock.advance(1_000);
    await t.http
      .put('/api/me/profile')
      .set(auth(mentor))
      .send(validMentorProfile({ headline: 'Ring 12345678 udenom' }))
      .expect(200);
    await approve(mentor.user.id, 409, seen);
    const page = await t.http.get(`/api/mentors/${mentor.user.id}`).set(auth(viewer)).expect(200);
    expect(page.body.headline).toBe(validMentorProfile().headline);
  });
});

describe('a suspended member', () => {
  it('waits outside the queue and cannot be approved until she is reinstated', async () => {
    const mentor = await memberWithProfile(t, 'mentor');
    const seen = await queuedVersion(t, admin, mentor.user.id);
    await t.http
      .post(`/api/admin/users/${mentor.user.id}/suspend`)
      .set(auth(admin))
      .send({ reason: 'Klage fra en mentee' })
      .expect(200);
    expect((await queue()).map((item) => item.userId)).not.toContain(mentor.user.id);
    await approve(mentor.user.id, 409, seen);
    await t.http.post(`/api/admin/users/${mentor.user.id}/reinstate`).set(auth(admin)).expect(200);
    await approve(mentor.user.id, 204);
  });
});

describe('a coordinator of another programme', () => {
  it('sees none of these profiles and cannot decide on them', async () => {
    const mentor = await memberWithProfile(t, 'mentor');
    const seen = await queuedVersion(t, admin, mentor.user.id);
    const elsewhere = await adminOfProgrammeAndLogin(t, (await insertProgramme(t)).id);
    const res = await t.http.get('/api/admin/profiles').set(auth(elsewhere)).expect(200);
    expect(res.body).toEqual([]);
    await t.http
      .post(`/api/admin/profiles/${mentor.user.id}/approve`)
      .set(auth(elsewhere))
      .send({ submittedAt: seen })
      .expect(404);
  });
});

describe("an approved mentor's edit", () => {
  let mentor: Member;
  const edited = validMentorProfile({
    headline: 'Ny overskrift om mit arbejde',
    capacity: 3,
    paused: true,
  });

  beforeAll(async () => {
    mentor = await approvedMember(t, admin, 'mentor');
    await t.http.put('/api/me/profile').set(auth(mentor)).send(edited).expect(200);
  });

  it('keeps the approved words live while the change waits', async () => {
    const page = await t.http.get(`/api/mentors/${mentor.user.id}`).set(auth(viewer)).expect(200);
    expect(page.body.headline).toBe(validMentorProfile().headline);
    const mine = await own(mentor);
    expect(mine.status).toBe('approved');
    expect(mine.profile.headline).toBe(validMentorProfile().headline);
    expect(mine.pendingChanges).toMatchObject({ headline: 'Ny overskrift om mit arbejde' });
  });

  it('applies pause and capacity at once', async () => {
    const page = await t.http.get(`/api/mentors/${mentor.user.id}`).set(auth(viewer)).expect(200);
    expect(page.body).toMatchObject({ capacity: 3, acceptingRequests: false });
  });

  it('shows in the queue as an edit with both versions', async () => {
    const item = (await queue()).find((entry) => entry.userId === mentor.user.id);
    expect(item).toMatchObject({
      kind: 'edit',
      status: 'approved',
      profile: { headline: validMentorProfile().headline },
      pendingChanges: { headline: 'Ny overskrift om mit arbejde' },
    });
  });

  it('goes live when approved', async () => {
    await approve(mentor.user.id, 204);
    const page = await t.http.get(`/api/mentors/${mentor.user.id}`).set(auth(viewer)).expect(200);
    expect(page.body.headline).toBe('Ny overskrift om mit arbejde');
    expect((await own(mentor)).pendingChanges).toBeNull();
    expect(await latestAudit()).toMatchObject({ action: 'profile.approve' });
  });

  it('is dropped when rejected, the approved words stay and she reads why', async () => {
    const current = (await own(mentor)).profile;
    await t.http
      .put('/api/me/profile')
      .set(auth(mentor))
      .send({ ...current, about: 'Ring til mig på 12345678, så ordner vi det hele udenom.' })
      .expect(200);
    const reason = 'Del ikke telefonnumre i profilen.';
    await reject(mentor.user.id, reason, 204);
    const mine = await own(mentor);
    expect(mine).toMatchObject({
      status: 'approved',
      rejectionReason: reason,
      pendingChanges: null,
    });
    expect(mine.profile.about).toBe(validMentorProfile().about);
    await t.http.get(`/api/mentors/${mentor.user.id}`).set(auth(viewer)).expect(200);
  });

  it('keeps the version a coordinator is reading when she sends the same waiting words again', async () => {
    const current = (await own(mentor)).profile;
    const changed = { ...current, jobTitle: 'Klinisk sygeplejerske' };
    await t.http.put('/api/me/profile').set(auth(mentor)).send(changed).expect(200);
    const seen = await queuedVersion(t, admin, mentor.user.id);
    t.clock.advance(1_000);
    await t.http.put('/api/me/profile').set(auth(mentor)).send(changed).expect(200);
    expect(await queuedVersion(t, admin, mentor.user.id)).toBe(seen);
    await t.http.put('/api/me/profile').set(auth(mentor)).send(current).expect(200);
  });

  it('withdraws a waiting change when she puts the approved words back', async () => {
    const current = (await own(mentor)).profile;
    await t.http
      .put('/api/me/profile')
      .set(auth(mentor))
      .send({ ...current, jobTitle: 'Afdelingssygeplejerske' })
      .expect(200);
    expect((await own(mentor)).pendingChanges).not.toBeNull();
    await t.http.put('/api/me/profile').set(auth(mentor)).send(current).expect(200);
    expect((await own(mentor)).pendingChanges).toBeNull();
    expect((await queue()).map((item) => item.userId)).not.toContain(mentor.user.id);
  });
});

describe('an approved mentee', () => {
  it('edits her profile without losing her approval', async () => {
    const mentee = await approvedMember(t, admin, 'mentee');
    const profile = (await own(mentee)).profile;
    await t.http
      .put('/api/me/profile')
      .set(auth(mentee))
      .send({ ...profile, goals: ['education'] })
      .expect(200);
    expect(await own(mentee)).toMatchObject({
      status: 'approved',
      profile: { goals: ['education'] },
    });
  });
});
