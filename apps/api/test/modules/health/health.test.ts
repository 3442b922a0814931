import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('health checks', () => {
  it('live answers 200 while the process runs', async () => {
    const res = await t.http.get('/api/health/live').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it(`ready answers 200 when the ${process.env.TEST_DATABASE ?? 'pglite'} database answers`, async () => {
    const res = await t.http.get('/api/health/ready').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });
});

describe('health checks without a database', () => {
  it('ready answers 503 when the database is gone, live still 200', async () => {
    const broken = await createTestApp();
    await broken.database.handle.close();
    const res = await broken.http.get('/api/health/ready').expect(503);
    expect(res.body).toEqual({ status: 'unavailable' });
    await broken.http.get('/api/health/live').expect(200);
    await broken.close();
  });
});
