import type { AuditEntry, Report } from '@mentorbro/core/admin';
import { SURVEY_REMINDER_DAYS } from '@mentorbro/core/survey';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOutbox, notifications } from '../../../src/db/schema';
import { DAY_MS } from '../../../src/lib/clock';
import type { IssuedSession } from '../../../src/modules/auth/auth.service';
import { notificationText } from '../../../src/modules/notifications/email.templates';
import { notifyEvents } from '../../../src/modules/notifications/event-notifications';
import { notify } from '../../../src/modules/notifications/notifications.repository';
import { defaultProgramme } from '../../../src/modules/programmes/programmes.repository';
import { runScheduledWork } from '../../../src/modules/reminders/scheduler';
import { createAdminAndLogin } from '../../helpers/accounts';
import { auditAbout } from '../../helpers/admin';
import { FakeTransport, sendMail } from '../../helpers/mail';
import { auth, type Member } from '../../helpers/profiles';
import { asked, membersOf, relogin } from '../../helpers/requests';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { namedMentorship, surveysOf } from '../surveys/surveys';
import { bell, countRows, deleteAccount, erase } from './privacy';

/**
 * What the other members and the coordinators see of an erased account afterwards: her place,
 * flagged `deleted`, and never the placeholder name her anonymised row holds.
 */
let t: TestApp;
let members: ReturnType<typeof membersOf>;
beforeAll(async () => {
  t = await createTestApp();
  members = membersOf(t);
});
afterAll(() => t.close());

const PLACEHOLDER = 'Deleted user';
/** The password `createAdminAndLogin` gives every coordinator it makes. */
const COORDINATOR_PASSWORD = 'a long enough password';

describe('a mentor deletes her account during a mentorship', () => {
  let hodan: Member;
  let lone: Member;
  let mentorshipId: string;
  let programmeId: string;

  beforeAll(async () => {
    const mentorship = await namedMentorship(t, members);
    ({ mentee: hodan, mentor: lone, id: mentorshipId } = mentorship);
    programmeId = (await defaultProgramme(t.app.db)).id;
    await deleteAccount(t, lone, lone.password).expect(204);
  });

  it("shows her in the mentee's surveys as deleted, without a name", async () => {
    const surveys = (await surveysOf(t, hodan)).filter(
      (survey) => survey.mentorshipId === mentorshipId,
    );
    expect(surveys.map((survey) => survey.form).sort()).toEqual(['mentee_end', 'mentee_start']);
    for (const survey of surveys) {
      expect(survey).toMatchObject({ otherFirstName: '', otherDeleted: true });
    }
    expect(JSON.stringify(surveys)).not.toContain(PLACEHOLDER);
  });

  it('reminds the mentee of her surveys without naming the deleted mentor, in the bell or by email', async () => {
    t.clock.advance(SURVEY_REMINDER_DAYS * DAY_MS);
    await runScheduledWork({ db: t.app.db, clock: t.clock });
    hodan = await relogin(t, hodan);
    const reminders = await bell(t, hodan, 'survey_reminder');
    expect(reminders).toHaveLength(2);
    for (const reminder of reminders) expect(reminder.params).toEqual({});

    const transport = new FakeTransport();
    await sendMail(t, transport);
    const hers = transport.to(hodan.email);
    expect(hers.map((mail) => mail.subject)).toContain('Vil du stadig svare på spørgsmålene?');
    for (const mail of hers) expect(`${mail.subject}\n${mail.text}`).not.toContain(PLACEHOLDER);
    expect(transport.to(lone.email)).toEqual([]);
    expect(transport.delivered.filter((mail) => mail.to.includes(lone.user.id))).toEqual([]);
  });

  it('makes her no notification and no email, whatever asks', async () => {
    const told = await notify(t.app.db, [
      {
        userId: lone.user.id,
        programmeId,
        kind: 'mentorship_ended',
        params: { name: 'Hodan' },
        link: `/mentorships/${mentorshipId}`,
        createdAt: t.clock.now(),
      },
    ]);
    expect(told).toBe(0);
    expect(await countRows(t, 'notifications', 'user_id', lone.user.id)).toBe(0);
    const mails = await t.app.db
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .innerJoin(notifications, eq(notifications.id, emailOutbox.notificationId))
      .where(eq(notifications.userId, lone.user.id));
    expect(mails).toEqual([]);
  });

  it('tells a late event to the mentee with no name, which reads "Slettet bruger"', async () => {
    await t.app.db.transaction((tx) =>
      notifyEvents(tx, [
        {
          programmeId,
          type: 'mentorship_ended',
          actorId: null,
          mentorshipId,
          createdAt: t.clock.now(),
        },
      ]),
    );
    const [late] = await bell(t, hodan, 'mentorship_ended');
    expect(late?.params).toEqual({});
    expect(notificationText('mentorship_ended', {}, 'da').title).toBe(
      'Dit mentorforløb med Slettet bruger er afsluttet',
    );
    expect(await countRows(t, 'notifications', 'user_id', lone.user.id)).toBe(0);
  });
});

describe("the coordinators' views of erased accounts", () => {
  let erasing: IssuedSession;
  let leaving: IssuedSession;
  let mira: Member;
  let ayan: Member;
  let reportId: string;

  beforeAll(async () => {
    mira = await members.mentor({}, 'Mira Jensen');
    ayan = await members.mentee({}, 'Ayan Abdi');
    await asked(t, ayan, mira);
    const reported = await t.http
      .post('/api/reports')
      .set(auth(ayan))
      .send({ userId: mira.user.id, reason: 'She wrote to me in a rude way.' })
      .expect(201);
    reportId = (reported.body as { id: string }).id;
    leaving = await createAdminAndLogin(t);
    erasing = await createAdminAndLogin(t);
    await t.http
      .post(`/api/admin/reports/${reportId}/resolve`)
      .set(auth(leaving))
      .send({ reason: 'Talked with both of them.' })
      .expect(200);
    await erase(t, erasing, mira.user.id).expect(204);
    await deleteAccount(t, leaving, COORDINATOR_PASSWORD).expect(204);
  });

  it('the audit log flags an erased subject and a coordinator who left, with no name', async () => {
    const entries = await auditAbout(t, erasing, mira.user.id);
    const byAction = (action: AuditEntry['action']) =>
      entries.find((entry) => entry.action === action);
    expect(byAction('user.erase')).toMatchObject({
      actor: { id: erasing.user.id, name: 'Sara Holm' },
      subject: { id: mira.user.id, name: '', deleted: true },
    });
    expect(byAction('user.erase')?.actor).not.toHaveProperty('deleted');
    expect(byAction('report.resolve')).toMatchObject({
      actor: { id: leaving.user.id, name: '', deleted: true },
      subject: { id: mira.user.id, name: '', deleted: true },
    });
    expect(JSON.stringify(entries)).not.toContain(PLACEHOLDER);
  });

  it('reports flag an erased subject and name the living reporter', async () => {
    const res = await t.http
      .get('/api/admin/reports')
      .query({ open: false })
      .set(auth(erasing))
      .expect(200);
    const report = (res.body as Report[]).find((item) => item.id === reportId);
    expect(report).toMatchObject({
      reporter: { id: ayan.user.id, name: 'Ayan Abdi', role: 'mentee' },
      subject: { id: mira.user.id, name: '', role: 'mentor', deleted: true },
    });
    expect(report?.reporter).not.toHaveProperty('deleted');
    expect(JSON.stringify(report)).not.toContain(PLACEHOLDER);
  });
});
