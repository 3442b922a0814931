import { loadFeatureMessages } from '@/i18n';

/** The request texts load with the request pages and with a mentor's page (where she asks). */
export const loadRequestsMessages = () =>
  loadFeatureMessages('requests', {
    da: () => import('./locales/da.json'),
    en: () => import('./locales/en.json'),
  });
