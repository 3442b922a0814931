import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody } from '@mentorbro/core/error';
import { newRegistration } from '../../helpers/accounts';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('POST /api/auth/register', () => {
  it('creates a mentee and answers 201 with the user, never the password hash', async () => {
    const body = newRegistration();
    const res = await t.http.post('/api/auth/register').send(body).expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      email: body.email,
      name: 'Amina Hassan',
      role: 'mentee',
      locale: 'da',
      createdAt: expect.any(String),
    });
    expect(JSON.stringify(res.body)).not.toContain('argon2');
  });

  it('creates a mentor who prefers English', async () => {
    const res = await t.http
      .post('/api/auth/register')
      .send(newRegistration({ role: 'mentor', locale: 'en' }))
      .expect(201);
    expect(res.body).toMatchObject({ role: 'mentor', locale: 'en' });
  });

  it.each([
    ['Arabic', 'أمينة حسن'],
    ['Somali', 'Hodan Cabdi Warsame'],
    ['Tigrinya', 'ሰላም ተስፋይ'],
    ['Ukrainian', 'Олена Шевченко'],
  ])('keeps a %s name intact', async (_script, name) => {
    const res = await t.http.post('/api/auth/register').send(newRegistration({ name })).expect(201);
    expect(res.body.name).toBe(name);
  });

  it('stores the email trimmed and lower-cased', async () => {
    const body = newRegistration();
    const res = await t.http
      .post('/api/auth/register')
      .send({ ...body, email: body.email.toUpperCase() })
      .expect(201);
    expect(res.body.email).toBe(body.email);
  });

  const invalid: [string, Record<string, unknown>, string, string][] = [
    ['no email', { email: undefined }, '/email', 'required'],
    ['an email without @', { email: 'amina.example.dk' }, '/email', 'format'],
    ['no password', { password: undefined }, '/password', 'required'],
    ['a 9-character password', { password: '123456789' }, '/password', 'minLength'],
    ['a 129-character password', { password: 'p'.repeat(129) }, '/password', 'maxLength'],
    ['no name', { name: undefined }, '/name', 'required'],
    ['an empty name', { name: '' }, '/name', 'minLength'],
    ['a name of spaces', { name: '    ' }, '/name', 'pattern'],
    ['a NUL character in the name', { name: 'Amina\u0000' }, '/name', 'pattern'],
    ['a 101-character name', { name: 'n'.repeat(101) }, '/name', 'maxLength'],
    ['no role', { role: undefined }, '/role', 'required'],
    ['an unknown role', { role: 'coordinator' }, '/role', 'enum'],
    ['an unknown locale', { locale: 'ar' }, '/locale', 'enum'],
    ['terms not accepted', { acceptedTerms: false }, '/acceptedTerms', 'const'],
    ['no terms answer', { acceptedTerms: undefined }, '/acceptedTerms', 'required'],
    ['an extra field', { verified: true }, '/verified', 'additionalProperties'],
  ];
  it.each(invalid)('refuses %s with 400 naming the field', async (_label, change, field, rule) => {
    const res = await t.http
      .post('/api/auth/register')
      .send({ ...newRegistration(), ...change })
      .expect(400);
    const body = res.body as ErrorBody;
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details).toContainEqual(expect.objectContaining({ field, rule }));
  });

  it('refuses the admin role: coordinators are never created over HTTP', async () => {
    const body = newRegistration({ role: 'admin' as never });
    const res = await t.http.post('/api/auth/register').send(body).expect(400);
    expect((res.body as ErrorBody).error.details).toContainEqual(
      expect.objectContaining({ field: '/role', rule: 'enum' }),
    );
    const login = await t.http
      .post('/api/auth/login')
      .send({ email: body.email, password: body.password });
    expect(login.status).toBe(401);
  });

  it('answers 409 for a taken email, whatever its case, without echoing the address', async () => {
    const body = newRegistration();
    await t.http.post('/api/auth/register').send(body).expect(201);
    const res = await t.http
      .post('/api/auth/register')
      .send({ ...body, email: body.email.toUpperCase(), name: 'Someone Else' });
    expect(res.status).toBe(409);
    expect((res.body as ErrorBody).error.code).toBe('email_taken');
    expect(JSON.stringify(res.body).toLowerCase()).not.toContain(body.email.split('@')[0]);
  });

  it('refuses a body that is not JSON with the same error shape', async () => {
    const res = await t.http
      .post('/api/auth/register')
      .set('content-type', 'application/json')
      .send('{"email": ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'validation_failed', message: expect.any(String) } });
  });
});
