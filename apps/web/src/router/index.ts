import { createRouter, type RouterHistory } from 'vue-router';
import { authGuard } from './guard';
import { routes } from './routes';

export function createAppRouter(history: RouterHistory) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
  router.beforeEach(authGuard);
  return router;
}
