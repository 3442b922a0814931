import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig, loadEnv } from 'vite';

// In development the API runs beside Vite; API_PROXY_TARGET (environment or .env) points elsewhere.
const DEFAULT_API = 'http://127.0.0.1:3000';

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, import.meta.dirname, 'API_');
  return {
    plugins: [
      // Composition API only: dropping the Options API makes Vue's runtime smaller.
      vue({ features: { optionsAPI: false, prodDevtools: false } }),
    ],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    define: {
      // vue-i18n 11 compiles messages to an AST and interprets them (no eval, no new Function),
      // so the strict CSP planned for production holds with the default build.
      __VUE_I18N_FULL_INSTALL__: false,
      __VUE_I18N_LEGACY_API__: false,
      __INTLIFY_PROD_DEVTOOLS__: false,
    },
    server: {
      port: 5173,
      strictPort: true,
      proxy: { '/api': { target: env.API_PROXY_TARGET ?? DEFAULT_API, changeOrigin: false } },
    },
    build: {
      target: 'es2022',
      // Every browser we support has modulepreload; the polyfill would only add bytes.
      modulePreload: { polyfill: false },
    },
  };
});
