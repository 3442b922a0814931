/** The shape vi.mock gives introductions.api in every test: each call a fresh vi.fn(). */
import { vi } from 'vitest';

export const introductionsApiMock = () => ({
  introductionsApi: { list: vi.fn(), get: vi.fn(), confirm: vi.fn(), decline: vi.fn() },
});
