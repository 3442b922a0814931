import type { Router } from 'vue-router';
import { configureSession } from '@/lib/http';
import type { AuthStore } from './auth.store';

/**
 * Connects the fetch wrapper to the auth store and the router, once, at start-up. When a
 * session cannot be renewed, auth is cleared and she is sent to log in, then back to where she was.
 */
export function connectSession(auth: AuthStore, router: Router): void {
  configureSession({
    accessToken: () => auth.accessToken,
    expiresAt: () => auth.expiresAt,
    refresh: () => auth.refresh(),
    onSessionEnded: () => {
      auth.clear();
      const current = router.currentRoute.value;
      if (current.name === 'login') return;
      void router.push({
        name: 'login',
        query: { redirect: current.fullPath, reason: 'session-ended' },
      });
    },
  });
}
