import { sampleMentorProfile } from '@mentorbro/core/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/lib/errors';
import { profilesService } from '../../../src/modules/profiles/profiles.service';
import { requestsService } from '../../../src/modules/requests/requests.service';
import { registerAndLogin } from '../../helpers/accounts';
import { auth } from '../../helpers/profiles';
import { membersOf, requestBody } from '../../helpers/requests';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { countRows, userRow } from './privacy';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Her row as the guard read it, before anything happened. */
async function asTheGuardRead(id: string) {
  const row = await userRow(t, id);
  if (!row) throw new Error('no such member');
  return row;
}

/**
 * A move whose guard read her account just before her erasure committed waits for her row, and
 * then finds her gone: it writes nothing for her. The services are called with the row the
 * guard read, as a request in flight would have it.
 */
describe('a move that was under way when her account was deleted', () => {
  it('saves no profile for her', async () => {
    const her = await registerAndLogin(t, { role: 'mentor' });
    const asTheGuardSawHer = await asTheGuardRead(her.user.id);
    await t.http.delete('/api/me').set(auth(her)).send({ password: her.password }).expect(204);

    const profiles = profilesService({ db: t.app.db, clock: t.clock });
    await expect(profiles.save(asTheGuardSawHer, sampleMentorProfile())).rejects.toMatchObject({
      statusCode: 401,
    });
    expect(await countRows(t, 'mentor_profiles', 'user_id', her.user.id)).toBe(0);
  });

  it('sends no request in her name', async () => {
    const members = membersOf(t);
    const mentor = await members.mentor();
    const her = await members.mentee();
    const asTheGuardSawHer = await asTheGuardRead(her.user.id);
    await t.http.delete('/api/me').set(auth(her)).send({ password: her.password }).expect(204);

    const requests = requestsService({ db: t.app.db, clock: t.clock });
    // Refused before her row is reached (her profile went with her), or at her row: either
    // way a 4xx, and nothing written.
    await expect(
      requests.create(asTheGuardSawHer, requestBody(mentor.user.id)),
    ).rejects.toBeInstanceOf(AppError);
    expect(await countRows(t, 'match_requests', 'mentee_id', her.user.id)).toBe(0);
  });

  it('suspends no one: a coordinator suspending her as she goes is told she is not there', async () => {
    const members = membersOf(t);
    const her = await members.mentee();
    const coordinator = await members.coordinator();
    await t.http.delete('/api/me').set(auth(her)).send({ password: her.password }).expect(204);
    await t.http
      .post(`/api/admin/users/${her.user.id}/suspend`)
      .set(auth(coordinator))
      .send({ reason: 'Sent offensive messages' })
      .expect(404);
  });
});
