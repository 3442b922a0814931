import { withDatabase } from './with-database';

await withDatabase(async (handle) => {
  console.log(`Migrations applied (${handle.kind}).`);
});
