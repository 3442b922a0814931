/** The shape vi.mock gives mentorships.api in every test: each call a fresh vi.fn(). */
import { vi } from 'vitest';

export const mentorshipsApiMock = () => ({
  mentorshipsApi: {
    list: vi.fn(),
    get: vi.fn(),
    logs: vi.fn(),
    addLog: vi.fn(),
    editLog: vi.fn(),
    proposeEnd: vi.fn(),
    agreeEnd: vi.fn(),
    end: vi.fn(),
  },
});
