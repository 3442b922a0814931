/** The shape vi.mock gives search.api in every test: each call a fresh vi.fn(). */
import { vi } from 'vitest';

export const searchApiMock = () => ({
  searchApi: { mentors: vi.fn(), recommendations: vi.fn() },
});
