import { describe, expect, it } from 'vitest';
import { LoginBody, RegisterBody } from './auth.schema';
import { validate } from './validation';

const valid = {
  email: 'amina@example.dk',
  password: 'correct horse battery',
  name: 'Amina Hassan',
  role: 'mentee',
  locale: 'da',
  acceptedTerms: true,
};

describe('RegisterBody', () => {
  it.each([
    ['a mentee', valid],
    ['a mentor in English', { ...valid, role: 'mentor', locale: 'en' }],
    ['an Arabic name', { ...valid, name: 'أمينة حسن' }],
    ['a Tigrinya name', { ...valid, name: 'ሰላም ተስፋይ' }],
    ['a password of exactly 10 characters', { ...valid, password: '0123456789' }],
  ])('accepts %s', (_label, body) => {
    expect(validate(RegisterBody, body)).toEqual([]);
  });

  it.each([
    ['a missing email', { ...valid, email: undefined }, '/email', 'required'],
    ['an email without @', { ...valid, email: 'amina.example.dk' }, '/email', 'format'],
    ['a 9-character password', { ...valid, password: '012345678' }, '/password', 'minLength'],
    ['a 129-character password', { ...valid, password: 'x'.repeat(129) }, '/password', 'maxLength'],
    ['an empty name', { ...valid, name: '' }, '/name', 'minLength'],
    ['a name of only spaces', { ...valid, name: '   ' }, '/name', 'pattern'],
    ['a NUL character in the name', { ...valid, name: 'Amina\u0000' }, '/name', 'pattern'],
    ['a line break in the name', { ...valid, name: 'Amina\nHassan' }, '/name', 'pattern'],
    ['the admin role', { ...valid, role: 'admin' }, '/role', 'enum'],
    ['an unknown locale', { ...valid, locale: 'sv' }, '/locale', 'enum'],
    ['terms not accepted', { ...valid, acceptedTerms: false }, '/acceptedTerms', 'const'],
    ['terms missing', { ...valid, acceptedTerms: undefined }, '/acceptedTerms', 'required'],
    ['an extra field', { ...valid, isAdmin: true }, '/isAdmin', 'additionalProperties'],
  ])('refuses %s', (_label, body, field, rule) => {
    const cleaned = JSON.parse(JSON.stringify(body)) as unknown;
    expect(validate(RegisterBody, cleaned)).toContainEqual(
      expect.objectContaining({ field, rule }),
    );
  });

  it('reports each failing field once', () => {
    const errors = validate(RegisterBody, { ...valid, role: 'admin', password: 'short' });
    expect(errors.map((e) => e.field).sort()).toEqual(['/password', '/role']);
  });
});

describe('LoginBody', () => {
  it('refuses a control character in the email before it reaches the database', () => {
    expect(validate(LoginBody, { email: 'a\u0000@example.dk', password: 'x' })).toContainEqual(
      expect.objectContaining({ field: '/email', rule: 'pattern' }),
    );
  });

  it('does not judge the password rules, so old passwords still log in', () => {
    expect(validate(LoginBody, { email: 'amina@example.dk', password: 'x' })).toEqual([]);
  });
});
