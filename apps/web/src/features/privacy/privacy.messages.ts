import { loadFeatureMessages } from '@/i18n';

/** The privacy texts load with the privacy page and the settings page, not in the first download. */
export const loadPrivacyMessages = () =>
  loadFeatureMessages('privacy', {
    da: () => import('./locales/da.json'),
    en: () => import('./locales/en.json'),
  });
