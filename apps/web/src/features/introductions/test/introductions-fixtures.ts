import type { Introduction } from '@mentorbro/core/requests';
import { saraPublic } from '@/features/profile/profile.fixtures';
import { requestId } from '@/features/requests/test/requests-fixtures';
import { amina } from '@/test/fixtures';

export const introductionId = 'b0000000-0000-4000-8000-000000000001';

/** Amina and Sara's introduction, open, nobody has answered; as Amina sees it. */
export function introduction(overrides: Partial<Introduction> = {}): Introduction {
  return {
    id: introductionId,
    requestId: requestId(1),
    status: 'open',
    openedAt: '2025-05-02T10:00:00.000Z',
    answerBy: '2025-05-16T10:00:00.000Z',
    mentee: { id: amina.id, firstName: 'Amina', contact: { email: 'amina@example.dk' } },
    mentor: {
      id: saraPublic.id,
      firstName: 'Sara',
      contact: { email: 'sara@example.dk', phone: '+45 12 34 56 78' },
    },
    myAnswer: null,
    otherAnswered: false,
    mentorshipId: null,
    ...overrides,
  };
}
