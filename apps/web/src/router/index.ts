import { createRouter, type RouteLocationNormalized, type RouterHistory } from 'vue-router';
import { authGuard } from './guard';
import { routes } from './routes';

/** Only the query changed on a page whose query is its state (a filter ticked): stay in place. */
export const sameStatefulPage = (to: RouteLocationNormalized, from: RouteLocationNormalized) =>
  to.meta.queryIsState === true && to.name === from.name && to.path === from.path;

export function createAppRouter(history: RouterHistory) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (to, from, saved) => saved ?? (sameStatefulPage(to, from) ? false : { top: 0 }),
  });
  router.beforeEach(authGuard);
  return router;
}
