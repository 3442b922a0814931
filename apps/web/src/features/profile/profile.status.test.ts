import { describe, expect, it } from 'vitest';
import { menteeOwn, mentorOwn, neverSent, saraProfile } from './profile.fixtures';
import { profileNotices } from './profile.status';

describe('profileNotices', () => {
  it.each([
    ['a mentee who never sent her profile', menteeOwn(neverSent), [{ kind: 'not-sent' }]],
    ['a mentor who never sent her profile', mentorOwn(neverSent), [{ kind: 'not-sent' }]],
    [
      'a profile waiting for a coordinator',
      menteeOwn({ status: 'pending' }),
      [{ kind: 'pending' }],
    ],
    [
      'a rejected profile, with the reason',
      mentorOwn({ status: 'rejected', rejectionReason: 'Skriv lidt mere om dig.' }),
      [{ kind: 'rejected', reason: 'Skriv lidt mere om dig.' }],
    ],
    ['an approved mentee', menteeOwn(), [{ kind: 'approved' }]],
    ['an approved mentor', mentorOwn(), [{ kind: 'approved' }]],
    [
      'a paused mentor',
      mentorOwn({ profile: { ...saraProfile, paused: true } }),
      [{ kind: 'paused' }],
    ],
    [
      'an approved mentor whose change waits',
      mentorOwn({ pendingChanges: { ...saraProfile, headline: 'Ny overskrift' } }),
      [{ kind: 'approved' }, { kind: 'changes-pending' }],
    ],
    [
      'an approved mentor whose last change was refused',
      mentorOwn({ rejectionReason: 'Teksten må ikke have et telefonnummer.' }),
      [
        { kind: 'approved' },
        { kind: 'change-rejected', reason: 'Teksten må ikke have et telefonnummer.' },
      ],
    ],
    [
      'a paused mentor whose change waits',
      mentorOwn({
        profile: { ...saraProfile, paused: true },
        pendingChanges: { ...saraProfile, about: 'En ny tekst om mig, der er lang nok.' },
      }),
      [{ kind: 'paused' }, { kind: 'changes-pending' }],
    ],
  ])('for %s', (_name, own, expected) => {
    expect(profileNotices(own)).toEqual(expected);
  });
});
