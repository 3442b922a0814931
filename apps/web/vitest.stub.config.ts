import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default defineConfig((env) =>
  mergeConfig(base(env), {
    resolve: {
      alias: [{ find: /^@\/features\/admin\/admin\.routes$/, replacement: '/tmp/webstub/admin.routes.ts' }],
    },
  }),
);
