import { defineConfig } from 'vitest/config';

// Browser journeys: real Chromium against the built API serving the built SPA.
// Run `pnpm build` (web) and `pnpm --filter @mentorbro/api build` first; nothing is built here.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
