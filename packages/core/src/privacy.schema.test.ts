import { describe, expect, it } from 'vitest';
import { MatchRequest } from './requests.schema';
import {
  DeleteAccountBody,
  EraseMemberBody,
  EXPORT_NOTE_CODES,
  EXPORT_NOTE_TEXTS,
  exportFileName,
} from './privacy.schema';
import { validate } from './validation';

describe('DeleteAccountBody', () => {
  it.each([
    ['a long password', { password: 'a long enough password' }],
    // Old passwords still delete: the rules of today do not judge them.
    ['a one-character password', { password: 'x' }],
  ])('accepts %s', (_label, body) => {
    expect(validate(DeleteAccountBody, body)).toEqual([]);
  });

  it.each([
    ['no password', {}, '/password', 'required'],
    ['an empty password', { password: '' }, '/password', 'minLength'],
    ['a 129-character password', { password: 'x'.repeat(129) }, '/password', 'maxLength'],
    ['an extra field', { password: 'x', confirm: true }, '/confirm', 'additionalProperties'],
  ])('refuses %s', (_label, body, field, rule) => {
    expect(validate(DeleteAccountBody, body)).toContainEqual(
      expect.objectContaining({ field, rule }),
    );
  });
});

describe('EraseMemberBody', () => {
  it('accepts a reason on several lines', () => {
    expect(validate(EraseMemberBody, { reason: 'She asked by email.\nDone today.' })).toEqual([]);
  });

  it.each([
    ['no reason', {}, '/reason', 'required'],
    ['a reason of two characters', { reason: 'ok' }, '/reason', 'minLength'],
    ['a reason of only spaces', { reason: '     ' }, '/reason', 'pattern'],
    ['a 1001-character reason', { reason: 'x'.repeat(1001) }, '/reason', 'maxLength'],
    ['an extra field', { reason: 'She asked.', name: 'x' }, '/name', 'additionalProperties'],
  ])('refuses %s', (_label, body, field, rule) => {
    expect(validate(EraseMemberBody, body)).toContainEqual(
      expect.objectContaining({ field, rule }),
    );
  });
});

describe('the export', () => {
  it('explains each note in Danish and English', () => {
    for (const locale of ['da', 'en'] as const) {
      for (const code of EXPORT_NOTE_CODES) {
        expect(EXPORT_NOTE_TEXTS[locale][code].length).toBeGreaterThan(20);
      }
    }
  });

  it('is saved under the day it was made', () => {
    expect(exportFileName(new Date('2026-03-04T23:59:00Z'))).toBe('mentorbro-data-2026-03-04.json');
  });
});

describe('a deleted member in the match views', () => {
  const request = {
    id: '00000000-0000-4000-8000-000000000001',
    status: 'withdrawn',
    createdAt: '2026-03-04T10:00:00.000Z',
    expiresAt: null,
    answeredAt: '2026-03-05T10:00:00.000Z',
    message: '',
    goals: ['job_search'],
    mentor: { id: '00000000-0000-4000-8000-000000000002', firstName: 'Lone', headline: 'x' },
    withdrawnAutomatically: false,
    declineReason: null,
    declineMessage: null,
    introductionId: null,
  };

  it('is a person with an empty first name and deleted: true', () => {
    const mentee = { id: '00000000-0000-4000-8000-000000000003', firstName: '', deleted: true };
    expect(validate(MatchRequest, { ...request, mentee })).toEqual([]);
  });

  it('is never deleted: false (the flag is there only when she is gone)', () => {
    const mentee = { id: '00000000-0000-4000-8000-000000000003', firstName: 'A', deleted: false };
    expect(validate(MatchRequest, { ...request, mentee })).toContainEqual(
      expect.objectContaining({ field: '/mentee/deleted' }),
    );
  });
});
