import { useI18n } from 'vue-i18n';

/**
 * A day in the page's language, written out ("14. maj 2025", "14 May 2025"): a month's name is
 * easier to read in a second language than 14.05.2025, and it cannot be read the wrong way round.
 */
export function useDateFormat() {
  const { locale } = useI18n();
  const tag = () => (locale.value === 'en' ? 'en-GB' : 'da-DK');
  return {
    date: (iso: string) =>
      new Intl.DateTimeFormat(tag(), { dateStyle: 'long' }).format(new Date(iso)),
  };
}
