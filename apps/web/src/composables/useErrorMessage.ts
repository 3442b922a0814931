import { useI18n } from 'vue-i18n';
import { ApiError, NetworkError } from '@/lib/http';

/** One kind sentence for any failed request; forms handle the codes they expect themselves. */
export function useErrorMessage() {
  const i18n = useI18n();
  return (error: unknown): string => {
    if (error instanceof NetworkError) return i18n.t('errors.network');
    const key = error instanceof ApiError ? `errors.${error.code}` : 'errors.generic';
    return i18n.te(key) ? i18n.t(key) : i18n.t('errors.generic');
  };
}
