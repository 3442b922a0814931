import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { createWebHistory } from 'vue-router';
import App from './App.vue';
import { connectSession } from './features/auth/auth.session';
import { useAuthStore } from './features/auth/auth.store';
import { i18n, rememberedLocale, setLocale } from './i18n';
import { createAppRouter } from './router';
import './styles/main.css';

const pinia = createPinia();
const router = createAppRouter(createWebHistory());
const app = createApp(App).use(pinia).use(i18n);

connectSession(useAuthStore(pinia), router);
// The saved language loads before the first paint, so she never sees the page switch language.
await setLocale(rememberedLocale(), { save: false }).catch((error: unknown) => {
  console.error('Could not load the saved language; showing Danish', error);
});
app.use(router);
await router.isReady();
app.mount('#app');
