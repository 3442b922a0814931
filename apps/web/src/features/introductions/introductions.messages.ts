import { loadFeatureMessages } from '@/i18n';

/** The introduction texts load with the introduction page, never in the first download. */
export const loadIntroductionsMessages = () =>
  loadFeatureMessages('introductions', {
    da: () => import('./locales/da.json'),
    en: () => import('./locales/en.json'),
  });
