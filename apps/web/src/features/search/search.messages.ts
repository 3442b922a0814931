import { loadFeatureMessages } from '@/i18n';

/**
 * The search texts load with the search page and with a mentee's home page (her recommended
 * mentors), never in the first download.
 */
export const loadSearchMessages = () =>
  loadFeatureMessages('search', {
    da: () => import('./locales/da.json'),
    en: () => import('./locales/en.json'),
  });
