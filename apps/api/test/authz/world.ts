import type { ProgrammeRules } from '@mentorbro/core/programme';
import { inArray } from 'drizzle-orm';
import { notifications } from '../../src/db/schema';
import { notify } from '../../src/modules/notifications/notifications.repository';
import { defaultProgramme } from '../../src/modules/programmes/programmes.repository';
import { createAdminAndLogin, registerAndLogin } from '../helpers/accounts';
import { adminOfProgrammeAndLogin, insertProgramme } from '../helpers/admin';
import { auth, type Member } from '../helpers/profiles';
import type { TestApp } from '../helpers/test-app';
import {
  type Account,
  DAY_MS,
  type Fixtures,
  fixtures,
  type IntroducedPair,
  type MatchedPair,
  type Pair,
  withPassword,
} from './fixtures';

/**
 * Everything the matrix calls, in the default programme unless said otherwise. The pairs
 * have nothing to do with each other, so each relation points at its own pair.
 */
export interface World {
  admin: Account;
  /** A coordinator of another programme. */
  otherAdmin: Account;
  /** A mentee a coordinator suspended after she logged in: her access token is still unexpired. */
  suspended: Account;
  /** A member who is not signed in: the anonymous caller's account for login and refresh. */
  visitor: Member;
  /** A pending request. */
  requested: Pair;
  /** An accepted request and its open introduction. */
  introduced: IntroducedPair;
  /** A running mentorship with a log by each and her start survey. */
  matched: MatchedPair;
  /** Another running mentorship, of two members none of the callers has dealt with. */
  other: MatchedPair;
  /** The matched mentor's end survey from an earlier mentorship she ended: her own survey. */
  mentorEnd: string;
  /** A mentee whose profile waits for review, and the version a coordinator read. */
  pending: { id: string; submittedAt: string };
  /** A mentee approved longer ago than the programme's waiting days, still without a match. */
  waiting: string;
  /** A member of the programme who is in nothing else: one a coordinator may suspend or erase. */
  bystander: string;
  /** A suspended member a coordinator may reinstate. */
  suspendedMember: string;
  /** An open report about the requested mentor. */
  report: string;
  /** An email of the programme that could not be sent. */
  deadEmail: number;
  /** The admin's programme's rules, as she reads them. */
  rules: ProgrammeRules;
  /** Today on the test clock (it stands still once the world is built). */
  today: string;
  /** One notification of each account's, by user id. */
  notifications: ReadonlyMap<string, string>;
}

/**
 * The world, built through the API as the members would build it. The waiting mentee comes
 * first: the clock then moves past the programme's waiting days, and everything else (every
 * session among them) is made at the new time. Pieces that do not depend on each other are
 * made together.
 */
export async function buildWorld(t: TestApp): Promise<{ w: World; make: Fixtures }> {
  const first = withPassword(await createAdminAndLogin(t));
  const rules = (await t.http.get('/api/admin/programme').set(auth(first)).expect(200))
    .body as ProgrammeRules;
  const waiting = await fixtures(t, () => first).approved('mentee');
  t.clock.advance((rules.waitingListDays + 1) * DAY_MS);

  const otherProgramme = await insertProgramme(t);
  const [admin, otherAdmin] = await Promise.all([
    createAdminAndLogin(t).then(withPassword),
    adminOfProgrammeAndLogin(t, otherProgramme.id).then(withPassword),
  ]);
  const make = fixtures(t, () => admin);

  // Each world pair has a mentor of its own: a shared one would tie the relations together.
  const [requested, introduced, other, [mentorEnd, matched], suspended, visitor, pending] =
    await Promise.all([
      make.approved('mentor').then(make.requested),
      make.approved('mentor').then(make.introduced),
      make.approved('mentor').then(make.matched),
      make.approved('mentor').then(async (mentor) => {
        const ended = await make.endedBy(mentor);
        return [ended, await make.matched(mentor)] as const;
      }),
      registerAndLogin(t, { role: 'mentee' }),
      registerAndLogin(t, { role: 'mentee' }),
      make.pending(),
    ]);
  await t.http
    .post(`/api/admin/users/${suspended.user.id}/suspend`)
    .set(auth(admin))
    .send({ reason: 'Sent offensive messages' })
    .expect(200);

  // Coordinators and the suspended mentee have nothing in their bell from the flows above.
  const programmeId = (await defaultProgramme(t.app.db)).id;
  await notify(
    t.app.db,
    [admin, otherAdmin, suspended].map((account) => ({
      userId: account.user.id,
      programmeId: account === otherAdmin ? otherProgramme.id : programmeId,
      kind: 'mentorship_quiet' as const,
      params: { name: 'Lone', days: 30 },
      link: '/mentorships',
      createdAt: t.clock.now(),
    })),
  );
  const pairs = [requested, introduced, matched, other];
  const accounts = [admin, otherAdmin, suspended, ...pairs.flatMap((p) => [p.mentee, p.mentor])];
  const bell = await t.app.db
    .select({ id: notifications.id, userId: notifications.userId })
    .from(notifications)
    .where(
      inArray(
        notifications.userId,
        accounts.map((account) => account.user.id),
      ),
    );

  const [bystander, suspendedMember, report, deadEmail] = await Promise.all([
    make.bystander(),
    make.suspendedMember(),
    make.report(requested),
    make.deadEmail(other.mentee),
  ]);
  const w: World = {
    admin,
    otherAdmin,
    suspended,
    visitor,
    requested,
    introduced,
    matched,
    other,
    mentorEnd,
    pending,
    waiting: waiting.user.id,
    bystander,
    suspendedMember,
    report,
    deadEmail,
    rules,
    today: make.today(),
    notifications: new Map(bell.map((row) => [row.userId, row.id])),
  };
  return { w, make };
}
