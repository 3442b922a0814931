import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    server: 'src/server.ts',
    migrate: 'src/cli/migrate.ts',
    seed: 'src/cli/seed.ts',
    'admin-create': 'src/cli/admin-create.ts',
  },
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The core package ships TypeScript source, so it is bundled in; npm packages stay external.
  noExternal: [/^@mentorbro\//],
  sourcemap: true,
  clean: true,
});
