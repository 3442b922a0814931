import { useI18n } from 'vue-i18n';

/** Core's labels carry both languages; the page shows the one she reads. */
export interface LabelText {
  da: string;
  en: string;
}

/**
 * The numbers page's words and number formats in the page's language. A share or a count that
 * the API held back (null) always reads "too few to show", the same words on the page, in a
 * chart's label and in the CSV.
 */
export function useStatsText() {
  const { t, locale } = useI18n();
  const english = () => locale.value === 'en';
  const tag = () => (english() ? 'en-GB' : 'da-DK');
  const tooFew = () => t('admin.stats.tooFew');
  const number = (value: number) =>
    new Intl.NumberFormat(tag(), { maximumFractionDigits: 1 }).format(value);
  // Days of the period are calendar days, not instants: read and written in UTC, so no time
  // zone moves them to the day before.
  const day = (iso: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(tag(), { ...options, timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );

  return {
    t,
    tooFew,
    number,
    label: (text: LabelText) => (english() ? text.en : text.da),
    /** A share from 0 to 1 as a whole percent ("44 %"). */
    percent: (share: number | null) =>
      share === null ? tooFew() : t('admin.stats.percent', { n: Math.round(share * 100) }),
    /** A count the API may hold back (answers to a survey). */
    count: (value: number | null) => value ?? tooFew(),
    days: (value: number | null) =>
      value === null
        ? tooFew()
        : value === 1
          ? t('admin.stats.dayOne')
          : t('admin.stats.days', { n: number(value) }),
    date: (iso: string) => day(iso, { dateStyle: 'long' }),
    /** "2026-03" as "mar. 2026". */
    month: (yearMonth: string) => day(`${yearMonth}-01`, { month: 'short', year: 'numeric' }),
  };
}

export type StatsText = ReturnType<typeof useStatsText>;
