import type { MeetingLog, Mentorship } from '@mentorbro/core/mentorship';
import { vi } from 'vitest';
import { saraPublic } from '@/features/profile/profile.fixtures';
import { amina } from '@/test/fixtures';

export const mentorshipId = 'c0000000-0000-4000-8000-000000000001';
export const logId = (n: number) => `d0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** "Now" in these tests: 10 June 2025, a month and a half into Amina and Sara's mentorship. */
export const NOW = new Date('2025-06-10T10:00:00.000Z');

/** Only Date is faked: timers stay real, so Testing Library's waiting still works. */
export function atNow(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
}

/** Amina (mentee) and Sara (mentor), running, nothing proposed. */
export function mentorship(overrides: Partial<Mentorship> = {}): Mentorship {
  return {
    id: mentorshipId,
    status: 'active',
    mentee: { id: amina.id, firstName: 'Amina' },
    mentor: { id: saraPublic.id, firstName: 'Sara' },
    startDate: '2025-05-01',
    plannedEnd: '2025-11-01',
    proposedEnd: null,
    meetingsPerMonth: 2,
    lastLogDate: '2025-06-05',
    quiet: false,
    endedAt: null,
    outcome: null,
    ...overrides,
  };
}

/** A meeting log as Amina sees it; `editableUntil` only on her own recent ones. */
export function meetingLog(n: number, overrides: Partial<MeetingLog> = {}): MeetingLog {
  return {
    id: logId(n),
    authorId: amina.id,
    date: '2025-06-05',
    minutes: 60,
    topics: ['cv', 'job_search'],
    notes: null,
    nextSteps: null,
    createdAt: '2025-06-05T18:00:00.000Z',
    editableUntil: null,
    ...overrides,
  };
}

/** Her own, written two days ago: she may still change it until 15 June. */
export const recentOwnLog = () =>
  meetingLog(1, {
    date: '2025-06-08',
    createdAt: '2025-06-08T18:00:00.000Z',
    editableUntil: '2025-06-15T18:00:00.000Z',
    notes: 'Vi øvede en jobsamtale.',
    nextSteps: 'Søge to job.',
    topics: ['interview_practice', 'danish_practice'],
  });

/** Sara's, older: Amina only reads it. */
export const saraLog = () =>
  meetingLog(2, { authorId: saraPublic.id, date: '2025-05-20', minutes: 90, topics: ['network'] });
