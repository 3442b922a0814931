import { DEFAULT_PROGRAMME_RULES, type ProgrammeRules } from '@mentorbro/core/programme';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedSession } from '../../../src/modules/auth/auth.service';
import {
  defaultProgramme,
  findProgrammeById,
  updateProgrammeRules,
} from '../../../src/modules/programmes/programmes.repository';
import { toRules } from '../../../src/modules/programmes/programmes.view';
import { createAdminAndLogin, newRegistration, registerAndLogin } from '../../helpers/accounts';
import { adminOfProgrammeAndLogin, auditPage, insertProgramme } from '../../helpers/admin';
import { auth, validMenteeProfile } from '../../helpers/profiles';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let admin: IssuedSession;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createAdminAndLogin(t);
});
// Each test starts from the migration's rules, whatever the one before changed.
afterEach(async () => {
  const programme = await defaultProgramme(t.app.db);
  await updateProgrammeRules(t.app.db, programme.id, DEFAULT_PROGRAMME_RULES, t.clock.now());
});
afterAll(() => t.close());

const register = (overrides: Parameters<typeof newRegistration>[0]) =>
  t.http.post('/api/auth/register').send(newRegistration(overrides));
const putRules = (rules: unknown) =>
  t.http
    .put('/api/admin/programme')
    .set(auth(admin))
    .send(rules as object);
const getRules = async () =>
  (await t.http.get('/api/admin/programme').set(auth(admin)).expect(200)).body as ProgrammeRules;

describe('GET /api/programme', () => {
  it('tells anyone the default programme: its name, that it is for women, its languages', async () => {
    const res = await t.http.get('/api/programme').expect(200);
    expect(res.body).toEqual({
      slug: 'default',
      name: DEFAULT_PROGRAMME_RULES.name,
      womenOnly: true,
      languages: DEFAULT_PROGRAMME_RULES.languages,
    });
  });

  it('finds another programme by its slug and never shows its limits', async () => {
    const other = await insertProgramme(t, { name: 'Netværk for alle', womenOnly: false });
    const res = await t.http.get('/api/programme').query({ slug: other.slug }).expect(200);
    expect(res.body).toEqual({
      slug: other.slug,
      name: 'Netværk for alle',
      womenOnly: false,
      languages: DEFAULT_PROGRAMME_RULES.languages,
    });
  });

  it('answers 404 for an unknown slug and 400 for one that cannot be a slug', async () => {
    const res = await t.http.get('/api/programme').query({ slug: 'no-such-network' }).expect(404);
    expect(res.body.error.code).toBe('not_found');
    await t.http.get('/api/programme').query({ slug: 'Not A Slug!' }).expect(400);
  });
});

describe('registration and the women-only rule', () => {
  it('asks for the declaration in a women-only programme', async () => {
    for (const declaresWoman of [undefined, false]) {
      const res = await register({ declaresWoman }).expect(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.details).toEqual([
        expect.objectContaining({ field: '/declaresWoman' }),
      ]);
    }
    await register({ declaresWoman: true }).expect(201);
  });

  it('asks for no declaration once a coordinator opens the programme to everyone', async () => {
    await putRules({ ...DEFAULT_PROGRAMME_RULES, womenOnly: false }).expect(200);
    const open = await t.http.get('/api/programme').expect(200);
    expect(open.body.womenOnly).toBe(false);
    await register({ declaresWoman: undefined }).expect(201);
  });
});

describe('GET /api/admin/programme', () => {
  it("gives a coordinator her programme's rules", async () => {
    expect(await getRules()).toEqual(DEFAULT_PROGRAMME_RULES);
  });
});

describe('PUT /api/admin/programme', () => {
  it.each([
    ['at most 0 open requests', { maxOpenRequestsPerMentee: 0 }, '/maxOpenRequestsPerMentee'],
    ['a language code not in the catalogue', { languages: ['da', 'xx'] }, '/languages/1'],
    ['no languages at all', { languages: [] }, '/languages'],
    ['an empty name', { name: '' }, '/name'],
    ['a name of spaces', { name: '   ' }, '/name'],
    ['requests expiring after 2 days', { requestExpiryDays: 2 }, '/requestExpiryDays'],
    ['a rule the programme does not have', { maxMentees: 4 }, '/maxMentees'],
  ])('refuses %s and changes nothing', async (_label, change, field) => {
    const res = await putRules({ ...DEFAULT_PROGRAMME_RULES, ...change }).expect(400);
    expect(res.body.error.details).toEqual([expect.objectContaining({ field })]);
    expect(await getRules()).toEqual(DEFAULT_PROGRAMME_RULES);
  });

  it('refuses rules with one missing', async () => {
    const { menteeApprovalRequired, ...partial } = DEFAULT_PROGRAMME_RULES;
    expect(menteeApprovalRequired).toBe(true);
    const res = await putRules(partial).expect(400);
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ field: '/menteeApprovalRequired', rule: 'required' }),
    ]);
  });

  it('stores new rules, the name trimmed, and gives them back', async () => {
    const rules: ProgrammeRules = {
      name: 'Mentornetværket Aarhus',
      womenOnly: true,
      languages: ['da', 'ar', 'uk'],
      maxOpenRequestsPerMentee: 5,
      requestExpiryDays: 21,
      defaultMentorshipMonths: 9,
      allowParallelMentorships: true,
      menteeApprovalRequired: true,
      requestReminderDays: 10,
      requestSecondReminderDays: 16,
      mentorPauseAfterExpiries: 3,
      menteeNudgeDays: 5,
      waitingListDays: 30,
      introductionReminderDays: 10,
      introductionLapseDays: 40,
      quietDays: 21,
      endingSoonDays: 7,
    };
    const res = await putRules({ ...rules, name: '  Mentornetværket Aarhus ' }).expect(200);
    expect(res.body).toEqual(rules);
    expect(await getRules()).toEqual(rules);
    const open = await t.http.get('/api/programme').expect(200);
    expect(open.body).toMatchObject({ name: rules.name, languages: rules.languages });
  });

  it.each([
    [
      'the first reminder on or after the second',
      { requestReminderDays: 11 },
      '/requestReminderDays',
    ],
    [
      'the second reminder on or after the expiry',
      { requestExpiryDays: 11 },
      '/requestSecondReminderDays',
    ],
    [
      '"did you meet?" on or after the lapse',
      { introductionLapseDays: 14 },
      '/introductionReminderDays',
    ],
  ])('refuses reminders out of order: %s', async (_name, change, field) => {
    const res = await putRules({ ...DEFAULT_PROGRAMME_RULES, ...change }).expect(400);
    expect(res.body.error.details).toEqual([
      expect.objectContaining({ field, rule: 'after_next' }),
    ]);
    expect(await getRules()).toEqual(DEFAULT_PROGRAMME_RULES);
  });

  it('records the change in the audit log', async () => {
    await putRules({ ...DEFAULT_PROGRAMME_RULES, requestExpiryDays: 30 }).expect(200);
    const [newest] = (await auditPage(t, admin, { limit: 1 })).entries;
    expect(newest).toMatchObject({
      action: 'programme.update',
      actor: { id: admin.user.id, name: admin.user.name },
      subject: null,
      at: t.clock.now().toISOString(),
    });
  });

  it('writes nothing to the audit log when the form is saved unchanged', async () => {
    const before = (await auditPage(t, admin, { limit: 1 })).entries;
    await putRules(await getRules()).expect(200);
    expect((await auditPage(t, admin, { limit: 1 })).entries).toEqual(before);
  });

  it("changes only her own programme's rules", async () => {
    const other = await insertProgramme(t);
    await putRules({ ...DEFAULT_PROGRAMME_RULES, maxOpenRequestsPerMentee: 7 }).expect(200);
    const untouched = await findProgrammeById(t.app.db, other.id);
    expect(untouched && toRules(untouched)).toEqual(DEFAULT_PROGRAMME_RULES);
  });

  it("approves a mentee's new profile at once when mentees need no approval", async () => {
    await putRules({ ...DEFAULT_PROGRAMME_RULES, menteeApprovalRequired: false }).expect(200);
    const mentee = await registerAndLogin(t, { role: 'mentee' });
    const res = await t.http
      .put('/api/me/profile')
      .set(auth(mentee))
      .send(validMenteeProfile())
      .expect(200);
    expect(res.body.status).toBe('approved');
  });

  it("keeps a mentee's new profile pending while mentees need approval", async () => {
    const mentee = await registerAndLogin(t, { role: 'mentee' });
    const res = await t.http
      .put('/api/me/profile')
      .set(auth(mentee))
      .send(validMenteeProfile())
      .expect(200);
    expect(res.body.status).toBe('pending');
  });
});

describe('GET /api/me/programme', () => {
  it("gives a member her own programme's public rules, not the default one", async () => {
    const other = await insertProgramme(t);
    const elsewhere = await adminOfProgrammeAndLogin(t, other.id);
    const res = await t.http.get('/api/me/programme').set(auth(elsewhere)).expect(200);
    expect(res.body.slug).toBe(other.slug);
    await t.http.get('/api/me/programme').expect(401);
  });
});
