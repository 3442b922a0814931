import { ReportBody } from '@mentorbro/core/report';
import { computed, reactive, ref } from 'vue';
import { useFieldMessages } from '@/composables/useFieldMessages';
import { useSchemaForm } from '@/composables/useSchemaForm';
import { reportsApi } from '../reports.api';

export const REASON_MIN = 10;
export const REASON_MAX = 2000;

/** A report about one person's profile or behaviour, checked with core's ReportBody. */
export function useReportForm(userId: () => string) {
  const values = reactive({ reason: '' });
  const sent = ref(false);

  const form = useSchemaForm({
    schema: ReportBody,
    read: () => ({ userId: userId(), reason: values.reason.trim() }),
    targets: { userId: 'report-reason', reason: 'report-reason' },
    summaryId: 'report-summary',
    message: useFieldMessages('reports.errors', {
      reason: { min: REASON_MIN, max: REASON_MAX },
    }),
    send: (body: ReportBody) => reportsApi.create(body),
    onSuccess: async () => {
      sent.value = true;
      values.reason = '';
    },
  });
  const ownProfile = computed(() => form.failedWith('cannot_report_self'));
  const gone = computed(() => form.failedWith('not_found'));

  return { values, form, sent, ownProfile, gone };
}
