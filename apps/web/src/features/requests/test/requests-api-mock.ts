/** The shape vi.mock gives requests.api in every test: each call a fresh vi.fn(). */
import { vi } from 'vitest';

export const requestsApiMock = () => ({
  requestsApi: {
    create: vi.fn(),
    list: vi.fn(),
    get: vi.fn(),
    accept: vi.fn(),
    decline: vi.fn(),
    withdraw: vi.fn(),
  },
});
