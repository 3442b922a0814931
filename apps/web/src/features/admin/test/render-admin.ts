import type { User } from '@mentorbro/core/user';
import { vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { RouterView } from 'vue-router';
import { authApi } from '@/features/auth/auth.api';
import { session } from '@/test/fixtures';
import { renderInApp } from '@/test/render';
import { coordinator } from './admin-fixtures';

/** The app shell (a RouterView) at an admin address, signed in as a coordinator. */
export async function renderAdmin(route: string, user: User = coordinator) {
  vi.mocked(authApi.refresh).mockResolvedValue(session('token', user));
  const shell = defineComponent(() => () => h(RouterView));
  return renderInApp(shell, { route });
}
