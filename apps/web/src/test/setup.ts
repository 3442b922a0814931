import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/vue';
import { afterEach } from 'vitest';
import { configureSession } from '@/lib/http';
import { setLocale } from '@/i18n';

// Tests share one i18n instance and one fetch wrapper; each test starts from Danish, signed out.
afterEach(async () => {
  cleanup();
  configureSession(null);
  localStorage.clear();
  await setLocale('da', { save: false });
});
