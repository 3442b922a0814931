import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedSession } from '../../../src/modules/auth/auth.service';
import { createAdminAndLogin, registerAndLogin } from '../../helpers/accounts';
import { adminOfProgrammeAndLogin, insertProgramme } from '../../helpers/admin';
import {
  approvedMember,
  auth,
  insertRequest,
  type Member,
  memberWithProfile,
  queuedVersion,
  validMentorProfile,
} from '../../helpers/profiles';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let admin: IssuedSession;
let mentee: Member;
let otherMentor: Member;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createAdminAndLogin(t);
  mentee = await approvedMember(t, admin, 'mentee', undefined, 'Amina Hassan Ali');
  otherMentor = await approvedMember(t, admin, 'mentor');
});
afterAll(() => t.close());

const mentorPage = (viewer: { accessToken: string }, id: string) =>
  t.http.get(`/api/mentors/${id}`).set(auth(viewer));
const menteePage = (viewer: { accessToken: string }, id: string) =>
  t.http.get(`/api/mentees/${id}`).set(auth(viewer));

describe('GET /api/mentors/:id', () => {
  it('shows an approved mentor with her first name only and without the pause flag', async () => {
    const mentor = await approvedMember(t, admin, 'mentor', undefined, 'Karen Holm Jensen');
    const res = await mentorPage(mentee, mentor.user.id).expect(200);
    expect(res.body).toMatchObject({
      id: mentor.user.id,
      firstName: 'Karen',
      headline: validMentorProfile().headline,
      region: 'midtjylland',
      acceptingRequests: true,
    });
    expect(JSON.stringify(res.body)).not.toContain('Jensen');
    expect(res.body).not.toHaveProperty('paused');
    expect(res.body).not.toHaveProperty('email');
  });

  it('shows personal facts only when she chose to show them', async () => {
    const mentor = await approvedMember(
      t,
      admin,
      'mentor',
      validMentorProfile({ personal: { ageBand: '45-54' } }),
    );
    const res = await mentorPage(mentee, mentor.user.id).expect(200);
    expect(res.body.personal).toEqual({ ageBand: '45-54' });
  });

  it('keeps a paused mentor visible but not taking requests', async () => {
    const mentor = await approvedMember(t, admin, 'mentor', validMentorProfile({ paused: true }));
    const res = await mentorPage(mentee, mentor.user.id).expect(200);
    expect(res.body.acceptingRequests).toBe(false);
  });

  it('is 404 for a pending mentor, a rejected one, and one who never sent a profile', async () => {
    const pending = await memberWithProfile(t, 'mentor');
    const rejected = await memberWithProfile(t, 'mentor');
    await t.http
      .post(`/api/admin/profiles/${rejected.user.id}/reject`)
      .set(auth(admin))
      .send({
        reason: 'Skriv venligst lidt mere om dig selv.',
        submittedAt: await queuedVersion(t, admin, rejected.user.id),
      })
      .expect(204);
    const empty = await registerAndLogin(t, { role: 'mentor' });
    for (const hidden of [pending, rejected, empty]) {
      const res = await mentorPage(mentee, hidden.user.id).expect(404);
      expect(res.body.error.code).toBe('not_found');
      await mentorPage(otherMentor, hidden.user.id).expect(404);
    }
  });

  it('is 404 for a suspended mentor until she is reinstated', async () => {
    const mentor = await approvedMember(t, admin, 'mentor');
    await t.http
      .post(`/api/admin/users/${mentor.user.id}/suspend`)
      .set(auth(admin))
      .send({ reason: 'Klage fra en mentee' })
      .expect(200);
    await mentorPage(mentee, mentor.user.id).expect(404);
    await t.http.post(`/api/admin/users/${mentor.user.id}/reinstate`).set(auth(admin)).expect(200);
    await mentorPage(mentee, mentor.user.id).expect(200);
  });

  it('is 404 for a mentee id: mentee profiles are not mentor pages', async () => {
    await mentorPage(otherMentor, mentee.user.id).expect(404);
  });

  it('lets a coordinator see a mentor she is reviewing', async () => {
    const pending = await memberWithProfile(t, 'mentor');
    await mentorPage(admin, pending.user.id).expect(200);
  });

  it('needs a session', async () => {
    await t.http.get(`/api/mentors/${otherMentor.user.id}`).expect(401);
  });
});

describe('GET /api/mentees/:id: only coordinators and the mentors she asked', () => {
  it('shows her profile to a coordinator, with her first name only', async () => {
    const res = await menteePage(admin, mentee.user.id).expect(200);
    expect(res.body).toMatchObject({
      id: mentee.user.id,
      firstName: 'Amina',
      region: 'midtjylland',
    });
    expect(JSON.stringify(res.body)).not.toContain('Hassan');
  });

  it('shows her profile to herself', async () => {
    await menteePage(mentee, mentee.user.id).expect(200);
  });

  it('is 404, not 403, to a mentor she has not asked', async () => {
    const res = await menteePage(otherMentor, mentee.user.id).expect(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('is 404 to another mentee', async () => {
    const other = await approvedMember(t, admin, 'mentee');
    await menteePage(other, mentee.user.id).expect(404);
  });

  it('opens to a mentor when her request arrives, and while it is accepted', async () => {
    const mentor = await approvedMember(t, admin, 'mentor');
    await menteePage(mentor, mentee.user.id).expect(404);
    await insertRequest(t, mentee.user.id, mentor.user.id, 'pending');
    await menteePage(mentor, mentee.user.id).expect(200);

    const matched = await approvedMember(t, admin, 'mentor');
    await insertRequest(t, mentee.user.id, matched.user.id, 'accepted');
    await menteePage(matched, mentee.user.id).expect(200);
  });

  it('stays closed to a mentor whose request was declined, withdrawn or expired', async () => {
    for (const status of ['declined', 'withdrawn', 'expired'] as const) {
      const mentor = await approvedMember(t, admin, 'mentor');
      await insertRequest(t, mentee.user.id, mentor.user.id, status);
      await menteePage(mentor, mentee.user.id).expect(404);
    }
  });

  it('is 404 to the mentor she asked once she is suspended', async () => {
    const asking = await approvedMember(t, admin, 'mentee');
    const mentor = await approvedMember(t, admin, 'mentor');
    await insertRequest(t, asking.user.id, mentor.user.id, 'pending');
    await menteePage(mentor, asking.user.id).expect(200);
    await t.http
      .post(`/api/admin/users/${asking.user.id}/suspend`)
      .set(auth(admin))
      .send({ reason: 'Bad behaviour reported' })
      .expect(200);
    await menteePage(mentor, asking.user.id).expect(404);
  });

  it('stays closed to a mentor she asked whose own profile is not approved', async () => {
    const pending = await memberWithProfile(t, 'mentor');
    await insertRequest(t, mentee.user.id, pending.user.id, 'pending');
    await menteePage(pending, mentee.user.id).expect(404);
  });

  it('stays closed to a mentor she asked while her own profile is pending', async () => {
    const waiting = await memberWithProfile(t, 'mentee');
    const mentor = await approvedMember(t, admin, 'mentor');
    await insertRequest(t, waiting.user.id, mentor.user.id, 'pending');
    await menteePage(mentor, waiting.user.id).expect(404);
  });

  it('is 404 to a coordinator of another programme', async () => {
    const elsewhere = await adminOfProgrammeAndLogin(t, (await insertProgramme(t)).id);
    await menteePage(elsewhere, mentee.user.id).expect(404);
    await mentorPage(elsewhere, otherMentor.user.id).expect(404);
  });

  it('is 404 for an unknown id and 400 for a malformed one', async () => {
    await menteePage(admin, '00000000-0000-4000-8000-000000000000').expect(404);
    await menteePage(admin, 'not-a-uuid').expect(400);
  });
});
