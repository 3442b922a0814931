import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { membersOf } from '../../helpers/requests';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import {
  endedMentorship,
  invitationOf,
  MENTEE_END_ANSWERS,
  sendAnonymously,
  tokenFor,
} from './surveys';

// A log line of the anonymous answers, timed next to the same member's `/token` line, would say
// whose answers they are: the route logs nothing, not even Fastify's request lines.

let t: TestApp;
const lines: string[] = [];
beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  t = await createTestApp({ logger: { level: 'trace', stream } });
});
afterAll(() => t.close());

describe('the anonymous answers route', () => {
  it('leaves no line in the log, while the token route does', async () => {
    const { mentee, mentor, id } = await endedMentorship(t, membersOf(t));
    const survey = await invitationOf(t, mentee, id, 'mentee_end');
    const token = await tokenFor(t, mentee, survey.id);
    lines.length = 0;
    await sendAnonymously(t, token, MENTEE_END_ANSWERS).expect(204);
    // Refused answers leave none either.
    await sendAnonymously(t, token, MENTEE_END_ANSWERS).expect(409);
    await sendAnonymously(t, 'x'.repeat(43), MENTEE_END_ANSWERS).expect(404);
    await sendAnonymously(t, 'short', MENTEE_END_ANSWERS).expect(400);
    expect(lines).toEqual([]);

    // The logger does write request lines, for the other routes.
    const his = await invitationOf(t, mentor, id, 'mentor_end');
    await tokenFor(t, mentor, his.id);
    expect(lines.join('')).toContain(`/api/surveys/${his.id}/token`);
  });
});
