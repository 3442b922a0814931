import type { Notification, NotificationList } from '@mentorbro/core/notifications';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOutbox, notifications } from '../../../src/db/schema';
import { notify } from '../../../src/modules/notifications/notifications.repository';
import { FakeTransport, PUBLIC_URL, sendMail } from '../../helpers/mail';
import { auth, type Member } from '../../helpers/profiles';
import { asked, membersOf, move } from '../../helpers/requests';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let members: ReturnType<typeof freshMembers>;
const transport = new FakeTransport();

/** Approved members with an empty bell: the approval's own notice is taken away. */
function freshMembers(all: ReturnType<typeof membersOf>) {
  const fresh = async (member: Member) => {
    await t.app.db.delete(notifications).where(eq(notifications.userId, member.user.id));
    return member;
  };
  return {
    mentor: async (name?: string) => fresh(await all.mentor({}, name)),
    mentee: async (name?: string) => fresh(await all.mentee({}, name)),
  };
}

beforeAll(async () => {
  t = await createTestApp();
  members = freshMembers(membersOf(t));
});
afterAll(() => t.close());

const list = async (member: Member, query = '') =>
  (await t.http.get(`/api/notifications${query}`).set(auth(member)).expect(200))
    .body as NotificationList;
const unread = async (member: Member) =>
  (
    (await t.http.get('/api/notifications/unread-count').set(auth(member)).expect(200)).body as {
      unread: number;
    }
  ).unread;
/** Sorted: the test clock stands still, so several share one moment. */
const kinds = (items: Notification[]) => items.map((item) => item.kind).sort();

describe('notifications of a request', () => {
  it('tells the mentor in her bell and by email when a request arrives, in her language', async () => {
    const mentor = await members.mentor('Lone Madsen');
    const mentee = await members.mentee('Fatima Ali');
    expect(await unread(mentor)).toBe(0);
    await asked(t, mentee, mentor);

    expect(await unread(mentor)).toBe(1);
    const { items } = await list(mentor);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'request_received',
        params: { name: 'Fatima' },
        link: '/requests-for-me',
        readAt: null,
      }),
    ]);

    await sendMail(t, transport);
    const [mail] = transport.to(mentor.email);
    expect(mail?.subject).toBe('Fatima spørger, om du vil være hendes mentor');
    expect(mail?.text).toContain('Hej Lone,');
    expect(mail?.text).toContain(`${PUBLIC_URL}/requests-for-me`);
    expect(mail?.html).toContain(`href="${PUBLIC_URL}/requests-for-me"`);
  });

  it('writes the email in English to a member who chose English, and follows a change', async () => {
    const mentor = await members.mentor();
    const mentee = await members.mentee('Hodan Warsame');
    await t.http.patch('/api/me/settings').set(auth(mentee)).send({ locale: 'en' }).expect(200);
    const request = await asked(t, mentee, mentor);
    await move(t, mentor, request.id, 'accept').expect(200);

    await sendMail(t, transport);
    const [mail] = transport.to(mentee.email);
    expect(mail?.subject).toBe('Amina said yes to being your mentor');
    expect(mail?.text).toContain('Hello Hodan,');
    expect(mail?.text).toMatch(new RegExp(`${PUBLIC_URL}/introductions/[0-9a-f-]{36}`));
  });

  it('tells each side of every answer, and nobody of their own move', async () => {
    const mentor = await members.mentor();
    const mentee = await members.mentee();
    const declined = await asked(t, mentee, mentor);
    await move(t, mentor, declined.id, 'decline').expect(200);
    const other = await members.mentor();
    const withdrawn = await asked(t, mentee, other);
    await move(t, mentee, withdrawn.id, 'withdraw').expect(200);

    expect(kinds((await list(mentee)).items)).toEqual(['request_declined']);
    expect(kinds((await list(mentor)).items)).toEqual(['request_received']);
    expect(kinds((await list(other)).items)).toEqual(['request_received', 'request_withdrawn']);
  });

  it('tells the other mentors she asked when one accepts and her requests are withdrawn', async () => {
    const mentee = await members.mentee();
    const first = await members.mentor();
    const second = await members.mentor();
    const accepted = await asked(t, mentee, first);
    await asked(t, mentee, second);
    await move(t, first, accepted.id, 'accept').expect(200);
    expect(kinds((await list(second)).items)).toEqual([
      'request_received',
      'request_withdrawn_automatically',
    ]);
  });
});

describe('the bell', () => {
  it('marks one read, then all, and counts only unread', async () => {
    const mentor = await members.mentor();
    for (let i = 0; i < 3; i += 1) await asked(t, await members.mentee(), mentor);
    const { items } = await list(mentor);
    expect(await unread(mentor)).toBe(3);
    const first = items[0];
    if (!first) throw new Error('no notification');

    await t.http.post(`/api/notifications/${first.id}/read`).set(auth(mentor)).expect(204);
    await t.http.post(`/api/notifications/${first.id}/read`).set(auth(mentor)).expect(204);
    expect(await unread(mentor)).toBe(2);
    expect((await list(mentor, '?unread=true')).items.map((item) => item.id)).not.toContain(
      first.id,
    );

    await t.http.post('/api/notifications/read-all').set(auth(mentor)).expect(204);
    expect(await unread(mentor)).toBe(0);
    expect((await list(mentor)).items.every((item) => item.readAt !== null)).toBe(true);
  });

  it('pages newest first, 30 at a time', async () => {
    const mentee = await members.mentee();
    const rows = Array.from({ length: 35 }, (_, i) => ({
      userId: mentee.user.id,
      kind: 'profile_approved' as const,
      params: {},
      link: '/my-profile',
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
    }));
    await t.app.db.insert(notifications).values(rows);
    const first = await list(mentee);
    expect(first.items).toHaveLength(30);
    expect(first.unread).toBe(35);
    expect(first.next).not.toBeNull();
    const second = await list(mentee, `?before=${first.next ?? ''}`);
    expect(second.items).toHaveLength(5);
    expect(second.next).toBeNull();
    const all = [...first.items, ...second.items].map((item) => item.createdAt);
    expect(all).toEqual([...all].sort().reverse());
  });

  it("gives 404 for another member's notification and does not mark it", async () => {
    const mentor = await members.mentor();
    await asked(t, await members.mentee(), mentor);
    const [theirs] = (await list(mentor)).items;
    const stranger = await members.mentee();
    await t.http
      .post(`/api/notifications/${theirs?.id ?? ''}/read`)
      .set(auth(stranger))
      .expect(404);
    await t.http
      .get(`/api/notifications?before=${theirs?.id ?? ''}`)
      .set(auth(stranger))
      .expect(404);
    expect(await unread(mentor)).toBe(1);
  });

  it('needs a signed-in member', async () => {
    await t.http.get('/api/notifications').expect(401);
    await t.http.get('/api/notifications/unread-count').expect(401);
  });
});

describe('email settings', () => {
  it('keeps the notification but sends no optional email to a member who turned them off', async () => {
    const mentee = await members.mentee();
    const settings = await t.http
      .patch('/api/me/settings')
      .set(auth(mentee))
      .send({ emailTips: false })
      .expect(200);
    expect(settings.body).toEqual({ locale: 'da', emailTips: false });
    expect((await t.http.get('/api/me/settings').set(auth(mentee)).expect(200)).body).toEqual({
      locale: 'da',
      emailTips: false,
    });

    const user = await t.app.db.query.users.findFirst({
      where: (users, { eq: is }) => is(users.id, mentee.user.id),
    });
    const base = {
      userId: mentee.user.id,
      programmeId: user?.programmeId ?? '',
      params: {},
      link: '/mentors',
      createdAt: t.clock.now(),
    };
    await notify(t.app.db, [
      { ...base, kind: 'mentors_suggested' },
      { ...base, kind: 'profile_approved' },
    ]);
    const queued = await t.app.db
      .select({ kind: notifications.kind })
      .from(emailOutbox)
      .innerJoin(notifications, eq(notifications.id, emailOutbox.notificationId))
      .where(eq(notifications.userId, mentee.user.id));
    expect(queued.map((row) => row.kind)).toEqual(['profile_approved']);
    expect(kinds((await list(mentee)).items)).toContain('mentors_suggested');
  });

  it('refuses unknown settings and a bad language', async () => {
    const mentee = await members.mentee();
    await t.http.patch('/api/me/settings').set(auth(mentee)).send({ locale: 'fr' }).expect(400);
    await t.http.patch('/api/me/settings').set(auth(mentee)).send({ admin: true }).expect(400);
  });
});

describe('profile decisions', () => {
  it('tells a member her profile was approved, and by email', async () => {
    const mentee = await membersOf(t).mentee();
    expect((await list(mentee)).items).toEqual([
      expect.objectContaining({ kind: 'profile_approved', link: '/my-profile' }),
    ]);
    await sendMail(t, transport);
    expect(transport.to(mentee.email).map((mail) => mail.subject)).toEqual([
      'Din profil er godkendt',
    ]);
  });
});
