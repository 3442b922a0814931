/** The shape vi.mock gives privacy.api in every test: each call a fresh vi.fn(). */
import { vi } from 'vitest';

export const privacyApiMock = () => ({
  privacyApi: { exportData: vi.fn(), deleteAccount: vi.fn() },
});
