import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router';
import { useAuthStore } from '@/features/auth/auth.store';

/** Only local paths are followed after login, never another site ("open redirect"). */
export function safeRedirect(value: unknown): string | null {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')
    ? value
    : null;
}

/** The global guard: waits for the silent session restore, then applies each route's meta. */
export async function authGuard(to: RouteLocationNormalized): Promise<true | RouteLocationRaw> {
  const auth = useAuthStore();
  await auth.restore();
  const { requiresAuth, roles, guestOnly } = to.meta;

  if ((requiresAuth || roles) && !auth.isLoggedIn) {
    return { name: 'login', query: { redirect: to.fullPath } };
  }
  if (roles && !(auth.role && roles.includes(auth.role))) {
    return { name: 'home' };
  }
  if (guestOnly && auth.isLoggedIn) {
    return { name: 'home' };
  }
  return true;
}
