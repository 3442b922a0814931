import type { MatchRequest } from '@mentorbro/core/requests';
import type { User } from '@mentorbro/core/user';
import { saraPublic } from '@/features/profile/profile.fixtures';
import { amina } from '@/test/fixtures';

/** Sara as a signed-in mentor (the mentor of the profile fixtures). */
export const saraMentor: User = {
  ...amina,
  id: saraPublic.id,
  email: 'sara@example.dk',
  name: 'Sara Jensen',
  role: 'mentor',
};

const uuid = (n: number) => `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A request from Amina to Sara, in the API's shape; a test changes what it is about. */
export function matchRequest(overrides: Partial<MatchRequest> = {}): MatchRequest {
  return {
    id: uuid(1),
    status: 'pending',
    createdAt: '2025-05-01T10:00:00.000Z',
    expiresAt: '2025-05-15T10:00:00.000Z',
    answeredAt: null,
    message: 'Jeg vil gerne arbejde som sygeplejerske.\n\nJeg har skrevet mit CV.',
    goals: ['job_search', 'work_culture'],
    mentee: { id: amina.id, firstName: 'Amina' },
    mentor: { id: saraPublic.id, firstName: 'Sara', headline: saraPublic.headline },
    withdrawnAutomatically: false,
    declineReason: null,
    declineMessage: null,
    introductionId: null,
    ...overrides,
  };
}

/** Another mentor or mentee, for lists of several requests. */
export const otherMentor = (n: number, firstName: string) => ({
  id: uuid(100 + n),
  firstName,
  headline: `${firstName} hjælper gerne`,
});
export const otherMentee = (n: number, firstName: string) => ({ id: uuid(200 + n), firstName });

export const requestId = uuid;

/** What the API answers after a move: the request, answered now. */
export const answered = (request: MatchRequest, changes: Partial<MatchRequest>): MatchRequest => ({
  ...request,
  expiresAt: null,
  answeredAt: '2025-05-03T09:00:00.000Z',
  ...changes,
});
