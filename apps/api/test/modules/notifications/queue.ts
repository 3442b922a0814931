import { inArray } from 'drizzle-orm';
import { emailOutbox } from '../../../src/db/schema';
import { notify } from '../../../src/modules/notifications/notifications.repository';
import { membersOf } from '../../helpers/requests';
import type { TestApp } from '../../helpers/test-app';

/** A mentee to write to, and a way to queue `n` emails to her now (their outbox ids). */
export async function queueEmails(t: TestApp) {
  const mentee = await membersOf(t).mentee();
  const user = await t.app.db.query.users.findFirst({
    where: (users, { eq }) => eq(users.id, mentee.user.id),
  });
  if (!user) throw new Error('the mentee is missing');
  const queue = async (n: number): Promise<number[]> => {
    await notify(
      t.app.db,
      Array.from({ length: n }, () => ({
        userId: user.id,
        programmeId: user.programmeId,
        kind: 'mentorship_quiet' as const,
        params: { name: 'Lone', days: 30 },
        link: '/mentorships',
        createdAt: t.clock.now(),
      })),
    );
    const rows = await t.app.db
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(inArray(emailOutbox.status, ['pending', 'sending']));
    return rows.map((row) => row.id);
  };
  return Object.assign(queue, { mentee });
}
