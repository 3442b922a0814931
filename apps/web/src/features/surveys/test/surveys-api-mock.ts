/** The shape vi.mock gives surveys.api in every test: each call a fresh vi.fn(). */
import { vi } from 'vitest';

export const surveysApiMock = () => ({
  surveysApi: {
    list: vi.fn(),
    get: vi.fn(),
    answer: vi.fn(),
    decline: vi.fn(),
    token: vi.fn(),
    sendAnonymous: vi.fn(),
    startSurvey: vi.fn(),
  },
});
