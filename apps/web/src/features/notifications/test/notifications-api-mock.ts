/** The shape vi.mock gives notifications.api in every test: each call a fresh vi.fn(). */
import { vi } from 'vitest';

export const notificationsApiMock = () => ({
  notificationsApi: {
    list: vi.fn(),
    unreadCount: vi.fn(),
    markRead: vi.fn(),
    markAllRead: vi.fn(),
  },
});
