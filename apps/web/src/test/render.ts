import { render } from '@testing-library/vue';
import { createPinia, setActivePinia } from 'pinia';
import type { Component } from 'vue';
import { createMemoryHistory } from 'vue-router';
import { connectSession } from '@/features/auth/auth.session';
import { useAuthStore } from '@/features/auth/auth.store';
import { i18n } from '@/i18n';
import { createAppRouter } from '@/router';

/** Renders a component inside the real app setup: fresh Pinia, the app's i18n and router. */
export async function renderInApp(component: Component, options: { route?: string } = {}) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createAppRouter(createMemoryHistory());
  const auth = useAuthStore(pinia);
  connectSession(auth, router);
  await router.push(options.route ?? '/');
  await router.isReady();
  const result = render(component, { global: { plugins: [pinia, i18n, router] } });
  return { ...result, router, auth };
}
