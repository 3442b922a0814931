import { nextTick, onUnmounted, watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';
import { START_LOCATION, useRoute, useRouter } from 'vue-router';
import { focusMainHeading } from '@/lib/focus';
import { sameStatefulPage } from '@/router';

/** Keeps the tab title in the page's language and moves focus on every page change. */
export function useRouteFocus() {
  const router = useRouter();
  const route = useRoute();
  const i18n = useI18n();

  watchEffect(() => {
    // Before the first navigation resolves the route is START_LOCATION, whose meta is empty.
    const titleKey = route.meta.titleKey as string | undefined;
    const name = i18n.t('app.name');
    document.title = titleKey ? `${i18n.t(titleKey)} · ${name}` : name;
  });

  const stop = router.afterEach((to, from, failure) => {
    // On the first load the browser starts at the top already; moving focus would skip the menu.
    // A ticked filter is no new page: focus stays on the checkbox she ticked.
    if (failure || from === START_LOCATION || sameStatefulPage(to, from)) return;
    void nextTick(focusMainHeading);
  });
  onUnmounted(stop);
}
