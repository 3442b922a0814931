import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerAndLogin } from '../helpers/accounts';
import { createTestApp, type TestApp } from '../helpers/test-app';

/**
 * Requests the route fuzzer (routes.fuzz.test.ts) found answered with a 5xx or outside the
 * one error shape, each pinned on its own so a regression names its cause.
 */
let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestApp();
  token = (await registerAndLogin(t)).accessToken;
});
afterAll(() => t.close());

const deepArray = (depth: number) => '['.repeat(depth) + '1' + ']'.repeat(depth);

function expectOneErrorShape(res: LightMyRequestResponse, status: number) {
  expect(res.statusCode).toBe(status);
  expect(res.json()).toEqual({
    error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
  });
}

describe('addresses the router refuses before any route runs', () => {
  it('answers a malformed percent-encoding in the path in the one error shape', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/requests/%zz',
      headers: { authorization: `Bearer ${token}` },
    });
    expectOneErrorShape(res, 400);
  });

  it('answers a path parameter over the router limit in the one error shape', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/requests/${'a'.repeat(101)}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expectOneErrorShape(res, res.statusCode);
  });
});

describe('JSON nested deeper than any form', () => {
  it('refuses a list item 10 000 arrays deep with 400, not a stack overflow', async () => {
    // A list with uniqueItems: the validator's error pass hashes every item, recursively.
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/requests',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: `{"mentorId":"00000000-0000-4000-8000-000000000000","message":"x","goals":["network",${deepArray(10_000)}],"contact":{"email":true}}`,
    });
    expectOneErrorShape(res, 400);
  });

  it('refuses a deep survey answer from an anonymous caller with 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/surveys/anonymous',
      headers: { 'content-type': 'application/json' },
      payload: `{"token":"${'a'.repeat(43)}","answers":{"q1":${deepArray(10_000)}}}`,
    });
    expectOneErrorShape(res, 400);
  });
});
