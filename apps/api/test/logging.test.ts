import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminAndLogin } from './helpers/accounts';
import { auth } from './helpers/profiles';
import { createTestApp, type TestApp } from './helpers/test-app';

let t: TestApp;
const lines: string[] = [];
beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  t = await createTestApp({ logger: { level: 'info', stream } });
});
afterAll(() => t.close());

describe('the request log', () => {
  it("keeps a coordinator's search words and addresses out of it", async () => {
    const admin = await createAdminAndLogin(t);
    await t.http
      .get('/api/admin/users')
      .query({ q: 'amina.hassan@example.dk' })
      .set(auth(admin))
      .expect(200);
    const log = lines.join('');
    expect(log).toContain('/api/admin/users');
    expect(log).not.toContain('amina');
  });
});
