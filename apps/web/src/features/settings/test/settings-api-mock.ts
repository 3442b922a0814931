/** The shape vi.mock gives settings.api in every test: each call a fresh vi.fn(). */
import { vi } from 'vitest';

export const settingsApiMock = () => ({ settingsApi: { get: vi.fn(), save: vi.fn() } });
