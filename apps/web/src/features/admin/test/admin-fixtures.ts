import type { AdminUser, AuditEntry, ModerationItem, Report } from '@mentorbro/core/admin';
import type { Mentorship } from '@mentorbro/core/mentorship';
import type { OutboxEmail, OutboxPage, WaitingMentee } from '@mentorbro/core/notifications';
import type { Introduction } from '@mentorbro/core/requests';
import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';
import type { MentorCard, MentorSearchPage } from '@mentorbro/core/search';
import { sampleMenteeProfile, sampleMentorProfile } from '@mentorbro/core/samples';
import { DEFAULT_PROGRAMME_RULES, type ProgrammeRules } from '@mentorbro/core/programme';
import type { User } from '@mentorbro/core/user';

export const coordinator: User = {
  id: '5d7c1c7e-2f4b-4d0a-9a51-000000000001',
  email: 'koordinator@example.dk',
  name: 'Karen',
  role: 'admin',
  locale: 'da',
  createdAt: '2025-01-01T10:00:00.000Z',
};

export const mentorProfile: MentorProfileInput = sampleMentorProfile({
  headline: 'Jeg hjælper dig ind i IT',
  about: 'Jeg har arbejdet som udvikler i ti år og elsker at hjælpe nye kolleger.',
  jobTitle: 'Softwareudvikler',
  field: 'it',
  yearsOfExperience: 10,
  educationLevel: 'master',
  languages: [
    { code: 'da', level: 'native' },
    { code: 'en', level: 'C1' },
  ],
  municipality: 'koebenhavn',
  interests: ['løb', 'bøger'],
  capacity: 1,
  personal: { hasChildren: true },
});

export const menteeProfile: MenteeProfileInput = sampleMenteeProfile({
  goals: ['education', 'job_search'],
  about: 'Jeg vil gerne arbejde som sygeplejerske i Danmark.',
});

export const newMentee: ModerationItem = {
  userId: '0b7e7c1e-8c55-4a8e-9d7c-3f6a2b9c1d01',
  name: 'Amina',
  role: 'mentee',
  status: 'pending',
  kind: 'new',
  submittedAt: '2025-05-01T08:00:00.000Z',
  rejectionReason: null,
  profile: menteeProfile,
  pendingChanges: null,
};

export const editedMentor: ModerationItem = {
  userId: '1c2d3e4f-0000-4a8e-9d7c-3f6a2b9c1d02',
  name: 'Sara',
  role: 'mentor',
  status: 'approved',
  kind: 'edit',
  submittedAt: '2025-05-02T08:00:00.000Z',
  rejectionReason: null,
  profile: mentorProfile,
  pendingChanges: {
    headline: 'Jeg hjælper dig ind i IT og data',
    about: mentorProfile.about,
    jobTitle: mentorProfile.jobTitle,
    interests: ['løb', 'strik'],
    partnerCompany: 'Novo',
  },
};

export function adminUser(overrides: Partial<AdminUser> = {}): AdminUser {
  return {
    id: '0b7e7c1e-8c55-4a8e-9d7c-3f6a2b9c1d01',
    name: 'Amina',
    email: 'amina@example.dk',
    role: 'mentee',
    createdAt: '2025-04-01T08:00:00.000Z',
    profileStatus: 'approved',
    suspendedAt: null,
    suspensionReason: null,
    ...overrides,
  };
}

export function report(overrides: Partial<Report> = {}): Report {
  return {
    id: '9a9a9a9a-0000-4000-8000-000000000001',
    reporter: { id: newMentee.userId, name: 'Amina', role: 'mentee' },
    subject: { id: editedMentor.userId, name: 'Sara', role: 'mentor' },
    reason: 'Hun bad om mit telefonnummer med det samme.',
    createdAt: '2025-05-03T08:00:00.000Z',
    resolvedAt: null,
    resolution: null,
    ...overrides,
  };
}

export function auditEntry(id: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id,
    at: '2025-05-04T08:00:00.000Z',
    action: 'profile.approve',
    actor: { id: coordinator.id, name: 'Karen' },
    subject: { id: newMentee.userId, name: `Amina ${id}` },
    reason: null,
    ...overrides,
  };
}

export const rules: ProgrammeRules = { ...DEFAULT_PROGRAMME_RULES, languages: ['da', 'en'] };

/** A mentorship as the coordinators' list shows it; a test changes what it is about. */
export function adminMentorship(n: number, overrides: Partial<Mentorship> = {}): Mentorship {
  return {
    id: `c0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    status: 'active',
    mentee: { id: newMentee.userId, firstName: 'Amina' },
    mentor: { id: editedMentor.userId, firstName: 'Sara' },
    startDate: '2025-03-01',
    plannedEnd: '2025-09-01',
    proposedEnd: null,
    meetingsPerMonth: 2,
    lastLogDate: '2025-06-05',
    quiet: false,
    endedAt: null,
    outcome: null,
    ...overrides,
  };
}

/** An introduction as a coordinator reads it: she has no answer of her own. */
export function adminIntroduction(n: number, overrides: Partial<Introduction> = {}): Introduction {
  return {
    id: `d0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    requestId: `e0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    status: 'declined',
    openedAt: '2025-05-01T10:00:00.000Z',
    answerBy: '2025-05-22T10:00:00.000Z',
    mentee: { id: newMentee.userId, firstName: 'Amina', contact: { email: 'amina@example.dk' } },
    mentor: { id: editedMentor.userId, firstName: 'Sara', contact: { phone: '+45 12 34 56 78' } },
    myAnswer: null,
    otherAnswered: false,
    mentorshipId: null,
    ...overrides,
  };
}

/** A mentee on the waiting list: approved in March, no mentor yet. */
export function waitingMentee(n: number, overrides: Partial<WaitingMentee> = {}): WaitingMentee {
  return {
    id: `f0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    name: 'Amina',
    approvedAt: '2025-03-01T10:00:00.000Z',
    daysWaiting: 101,
    requestsSent: 2,
    requestsPending: 1,
    lastSuggestedAt: null,
    ...overrides,
  };
}

/** A mentor as the search finds her: only what a card shows. */
export function mentorCard(n: number, overrides: Partial<MentorCard> = {}): MentorCard {
  return {
    id: `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    firstName: `Mentor ${n}`,
    headline: 'Jeg hjælper dig ind i IT',
    jobTitle: 'Softwareudvikler',
    field: 'it',
    languages: [{ code: 'da', level: 'native' }],
    municipality: 'koebenhavn',
    region: 'hovedstaden',
    meetingMode: 'both',
    freeSeats: 1,
    acceptingRequests: true,
    match: null,
    snippet: null,
    answerDays: null,
    lastActive: null,
    ...overrides,
  };
}

export function searchPage(items: MentorCard[]): MentorSearchPage {
  return { items, nextCursor: null, sort: 'newest', total: items.length, facets: null };
}

/** An email that failed for good after its last attempt. */
export function outboxEmail(n: number, overrides: Partial<OutboxEmail> = {}): OutboxEmail {
  return {
    id: n,
    status: 'dead',
    kind: 'request_received',
    recipient: { id: editedMentor.userId, name: 'Sara' },
    subject: 'Amina spørger, om du vil være hendes mentor',
    attempts: 8,
    lastError: '550 5.1.1 Mailbox does not exist',
    createdAt: '2025-06-01T08:00:00.000Z',
    nextAttemptAt: null,
    ...overrides,
  };
}

export function outboxPage(items: OutboxEmail[], counts: Partial<OutboxPage['counts']> = {}) {
  return { items, counts: { pending: 0, dead: items.length, sentLastDay: 42, ...counts } };
}
