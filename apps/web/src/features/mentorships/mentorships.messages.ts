import { loadFeatureMessages } from '@/i18n';

/** The mentorship texts load with the mentorship pages, never in the first download. */
export const loadMentorshipsMessages = () =>
  loadFeatureMessages('mentorships', {
    da: () => import('./locales/da.json'),
    en: () => import('./locales/en.json'),
  });
