/** The shape vi.mock gives admin.api in every test: each call a fresh vi.fn(). */
import { vi } from 'vitest';

export const adminApiMock = () => ({
  adminApi: {
    profiles: vi.fn(),
    approve: vi.fn(),
    reject: vi.fn(),
    users: vi.fn(),
    suspend: vi.fn(),
    reinstate: vi.fn(),
    erase: vi.fn(),
    reports: vi.fn(),
    resolveReport: vi.fn(),
    mentorships: vi.fn(),
    introductions: vi.fn(),
    audit: vi.fn(),
    waiting: vi.fn(),
    suggestMentors: vi.fn(),
    outbox: vi.fn(),
    retryEmail: vi.fn(),
    stats: vi.fn(),
    surveys: vi.fn(),
    saveSurvey: vi.fn(),
    programme: vi.fn(),
    saveProgramme: vi.fn(),
  },
});

export const authApiMock = () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
});
