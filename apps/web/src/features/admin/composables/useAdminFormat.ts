import { useI18n } from 'vue-i18n';

/** Dates and times in the page's language, in the coordinator's own time zone. */
export function useAdminFormat() {
  const { locale } = useI18n();
  const tag = () => (locale.value === 'en' ? 'en-GB' : 'da-DK');
  return {
    dateTime: (iso: string) =>
      new Intl.DateTimeFormat(tag(), { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(iso),
      ),
    date: (iso: string) =>
      new Intl.DateTimeFormat(tag(), { dateStyle: 'medium' }).format(new Date(iso)),
  };
}
