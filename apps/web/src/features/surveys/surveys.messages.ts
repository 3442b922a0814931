import { loadFeatureMessages } from '@/i18n';

/** The survey texts load with the survey page, never in the first download. */
export const loadSurveysMessages = () =>
  loadFeatureMessages('surveys', {
    da: () => import('./locales/da.json'),
    en: () => import('./locales/en.json'),
  });
