import { loadFeatureMessages } from '@/i18n';

/**
 * The profile texts (editors, status, the labels of every profile field) load with the pages
 * that show a profile, never in the first download. Mentor and mentee pages use them too.
 */
export const loadProfileMessages = () =>
  loadFeatureMessages('profile', {
    da: () => import('./locales/da.json'),
    en: () => import('./locales/en.json'),
  });
