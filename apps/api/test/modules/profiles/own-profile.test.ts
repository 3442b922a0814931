import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminAndLogin, registerAndLogin } from '../../helpers/accounts';
import {
  auth,
  queuedVersion,
  validMenteeProfile,
  validMentorProfile,
} from '../../helpers/profiles';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/me/profile', () => {
  it('says a new member has not sent a profile yet', async () => {
    const mentor = await registerAndLogin(t, { role: 'mentor' });
    const res = await t.http.get('/api/me/profile').set(auth(mentor)).expect(200);
    expect(res.body).toEqual({
      role: 'mentor',
      status: null,
      rejectionReason: null,
      submittedAt: null,
      profile: null,
      pendingChanges: null,
    });
  });

  it('is refused to coordinators, who have no profile', async () => {
    const admin = await createAdminAndLogin(t);
    await t.http.get('/api/me/profile').set(auth(admin)).expect(403);
  });

  it('is refused without a session', async () => {
    await t.http.get('/api/me/profile').expect(401);
  });
});

describe('PUT /api/me/profile', () => {
  it("stores a mentor's profile as pending and gives it back as sent", async () => {
    const mentor = await registerAndLogin(t, { role: 'mentor' });
    const profile = validMentorProfile();
    const res = await t.http.put('/api/me/profile').set(auth(mentor)).send(profile).expect(200);
    expect(res.body).toMatchObject({ role: 'mentor', status: 'pending', profile });
    const again = await t.http.get('/api/me/profile').set(auth(mentor)).expect(200);
    expect(again.body.profile).toEqual(profile);
  });

  it("stores a mentee's profile as pending, her goals in her order", async () => {
    const mentee = await registerAndLogin(t, { role: 'mentee' });
    const profile = validMenteeProfile({ goals: ['network', 'job_search', 'education'] });
    const res = await t.http.put('/api/me/profile').set(auth(mentee)).send(profile).expect(200);
    expect(res.body).toMatchObject({ role: 'mentee', status: 'pending', profile });
    expect(res.body.profile.goals).toEqual(['network', 'job_search', 'education']);
  });

  it('keeps Arabic, Somali, Tigrinya and Ukrainian text intact', async () => {
    const mentee = await registerAndLogin(t, { role: 'mentee', name: 'ሚኪኤለ ተስፋይ' });
    const about = 'أنا ممرضة. Waxaan ahay kalkaaliso. ኣነ ነርስ እየ። Я медсестра.';
    const res = await t.http
      .put('/api/me/profile')
      .set(auth(mentee))
      .send(validMenteeProfile({ about, educationField: 'Медсестринство' }))
      .expect(200);
    expect(res.body.profile.about).toBe(about);
    expect(res.body.profile.educationField).toBe('Медсестринство');
  });

  it('trims free text and applies the length rules to what is kept', async () => {
    const mentor = await registerAndLogin(t, { role: 'mentor' });
    const res = await t.http
      .put('/api/me/profile')
      .set(auth(mentor))
      .send(validMentorProfile({ jobTitle: '  Pædagog  ', interests: [' fodbold '] }))
      .expect(200);
    expect(res.body.profile.jobTitle).toBe('Pædagog');
    expect(res.body.profile.interests).toEqual(['fodbold']);
    const short = await t.http
      .put('/api/me/profile')
      .set(auth(mentor))
      .send(validMentorProfile({ headline: '   abc   ' }))
      .expect(400);
    expect(short.body.error.details).toEqual([
      expect.objectContaining({ field: '/headline', rule: 'minLength' }),
    ]);
  });

  it("checks a mentor's profile with the mentor rules and lists every bad field", async () => {
    const mentor = await registerAndLogin(t, { role: 'mentor' });
    const res = await t.http
      .put('/api/me/profile')
      .set(auth(mentor))
      .send({ ...validMentorProfile({ capacity: 4, meetingsPerMonth: 1 }), field: 'astrology' })
      .expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    const fields = (res.body.error.details as { field: string }[]).map((d) => d.field).sort();
    expect(fields).toEqual(['/capacity', '/field', '/meetingsPerMonth']);
  });

  it("refuses a mentee's profile sent by a mentor", async () => {
    const mentor = await registerAndLogin(t, { role: 'mentor' });
    const res = await t.http
      .put('/api/me/profile')
      .set(auth(mentor))
      .send(validMenteeProfile())
      .expect(400);
    expect(res.body.error.code).toBe('validation_failed');
  });

  it('refuses a language listed twice, and Danish among her other languages', async () => {
    const mentee = await registerAndLogin(t, { role: 'mentee' });
    const res = await t.http
      .put('/api/me/profile')
      .set(auth(mentee))
      .send(
        validMenteeProfile({
          otherLanguages: [
            { code: 'ar', level: 'native' },
            { code: 'ar', level: 'B1' },
            { code: 'da', level: 'B1' },
          ],
        }),
      )
      .expect(400);
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ field: '/otherLanguages/1/code', rule: 'unique' }),
      expect.objectContaining({ field: '/otherLanguages/2/code', rule: 'unique' }),
    ]);
  });

  it('refuses a mentor language the programme does not offer', async () => {
    const mentor = await registerAndLogin(t, { role: 'mentor' });
    const res = await t.http
      .put('/api/me/profile')
      .set(auth(mentor))
      .send(
        validMentorProfile({
          languages: [
            { code: 'da', level: 'native' },
            { code: 'ja', level: 'B2' },
          ],
        }),
      )
      .expect(400);
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ field: '/languages/1/code', rule: 'enum' }),
    ]);
  });

  it('keeps a language the programme no longer offers when she saves again', async () => {
    const admin = await createAdminAndLogin(t);
    const mentor = await registerAndLogin(t, { role: 'mentor' });
    await t.http.put('/api/me/profile').set(auth(mentor)).send(validMentorProfile()).expect(200);
    const rules = (await t.http.get('/api/admin/programme').set(auth(admin)).expect(200)).body as {
      languages: string[];
    };
    await t.http
      .put('/api/admin/programme')
      .set(auth(admin))
      .send({ ...rules, languages: rules.languages.filter((code) => code !== 'ar') })
      .expect(200);
    await t.http
      .put('/api/me/profile')
      .set(auth(mentor))
      .send(validMentorProfile({ paused: true }))
      .expect(200);
    const other = await registerAndLogin(t, { role: 'mentor' });
    await t.http.put('/api/me/profile').set(auth(other)).send(validMentorProfile()).expect(400);
    await t.http.put('/api/admin/programme').set(auth(admin)).send(rules).expect(200);
  });

  it('derives the region from the municipality', async () => {
    const admin = await createAdminAndLogin(t);
    const mentor = await registerAndLogin(t, { role: 'mentor' });
    await t.http
      .put('/api/me/profile')
      .set(auth(mentor))
      .send(validMentorProfile({ municipality: 'odense' }))
      .expect(200);
    await t.http
      .post(`/api/admin/profiles/${mentor.user.id}/approve`)
      .set(auth(admin))
      .send({ submittedAt: await queuedVersion(t, admin, mentor.user.id) })
      .expect(204);
    const page = await t.http.get(`/api/mentors/${mentor.user.id}`).set(auth(admin)).expect(200);
    expect(page.body.region).toBe('syddanmark');
  });
});
