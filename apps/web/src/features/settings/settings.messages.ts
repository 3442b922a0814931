import { loadFeatureMessages } from '@/i18n';

/** The settings texts load with the settings page, never in the first download. */
export const loadSettingsMessages = () =>
  loadFeatureMessages('settings', {
    da: () => import('./locales/da.json'),
    en: () => import('./locales/en.json'),
  });
