import type { MeetingLogBody } from '@mentorbro/core/mentorship';
import type { NotificationKind, NotificationList } from '@mentorbro/core/notifications';
import type { MatchRequest } from '@mentorbro/core/requests';
import { count, eq, sql } from 'drizzle-orm';
import { rowsOf } from '../../../src/db/rows';
import { mentorProfiles, surveyAnswerPool, surveyAnswers, users } from '../../../src/db/schema';
import type { IssuedSession } from '../../../src/modules/auth/auth.service';
import { auth, type Member } from '../../helpers/profiles';
import { asked, move } from '../../helpers/requests';
import type { TestApp } from '../../helpers/test-app';

type Session = Pick<IssuedSession, 'accessToken'>;

export const REASON = 'She asked for it by email on 3 March.';

/** She deletes her own account, with the password she typed. */
export const deleteAccount = (t: TestApp, member: Session, password: string) =>
  t.http.delete('/api/me').set(auth(member)).send({ password });

/** A coordinator erases a member's account. */
export const erase = (t: TestApp, by: Session, id: string, reason = REASON) =>
  t.http.post(`/api/admin/users/${id}/erase`).set(auth(by)).send({ reason });

export const login = (t: TestApp, member: Pick<Member, 'email' | 'password'>) =>
  t.http.post('/api/auth/login').send({ email: member.email, password: member.password });

/** The mentee asks, the mentor accepts: the introduction is open and takes one of her seats. */
export async function introduced(t: TestApp, mentee: Member, mentor: Member) {
  const request = await asked(t, mentee, mentor);
  const res = await move(t, mentor, request.id, 'accept').expect(200);
  return res.body as MatchRequest;
}

/** Both say "let's continue": the mentorship starts. */
export async function paired(t: TestApp, mentee: Member, mentor: Member): Promise<string> {
  const request = await introduced(t, mentee, mentor);
  let mentorshipId: string | null = null;
  for (const member of [mentee, mentor]) {
    const res = await t.http
      .post(`/api/introductions/${request.introductionId ?? ''}/confirm`)
      .set(auth(member))
      .send({})
      .expect(200);
    mentorshipId = (res.body as { mentorshipId: string | null }).mentorshipId;
  }
  if (!mentorshipId) throw new Error('No mentorship started');
  return mentorshipId;
}

export const meeting = (t: TestApp, notes: string): MeetingLogBody => ({
  date: t.clock.now().toISOString().slice(0, 10),
  minutes: 60,
  topics: ['job_search'],
  notes,
  nextSteps: `${notes} Next time: more.`,
});

export async function seatsTaken(t: TestApp, mentorId: string): Promise<number | undefined> {
  const [row] = await t.app.db
    .select({ seats: mentorProfiles.seatsTaken })
    .from(mentorProfiles)
    .where(eq(mentorProfiles.userId, mentorId));
  return row?.seats;
}

export async function userRow(t: TestApp, id: string) {
  const [row] = await t.app.db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Rows of a table of hers, counted straight in the database. */
export async function countRows(t: TestApp, table: string, column: string, id: string) {
  const [row] = rowsOf<{ n: number }>(
    await t.app.db.execute(
      sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)} = ${id}`,
    ),
  );
  return row?.n ?? 0;
}

/** Every anonymous end answer of the programme, answered and pooled. */
export async function anonymousAnswers(t: TestApp, programmeId: string) {
  const [answered] = await t.app.db
    .select({ n: count() })
    .from(surveyAnswers)
    .where(eq(surveyAnswers.programmeId, programmeId));
  const pooled = await t.app.db
    .select({ answers: surveyAnswerPool.answers })
    .from(surveyAnswerPool)
    .where(eq(surveyAnswerPool.programmeId, programmeId));
  return { answered: answered?.n ?? 0, pooled: pooled.map((row) => row.answers) };
}

export async function bell(t: TestApp, member: Session, kind: NotificationKind) {
  const res = await t.http.get('/api/notifications').set(auth(member)).expect(200);
  return (res.body as NotificationList).items.filter((item) => item.kind === kind);
}
