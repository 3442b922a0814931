import { computed, nextTick, reactive, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRouter } from 'vue-router';
import { useAsync } from '@/composables/useAsync';
import { useErrorMessage } from '@/composables/useErrorMessage';
import { ApiError } from '@/lib/http';
import { focusById } from '@/lib/focus';
import { usePrivacyStore } from '../privacy.store';

export const DELETE_PASSWORD_ID = 'delete-account-password';
export const DELETE_ALERT_ID = 'delete-account-alert';

/** Refusals that are hers to act on: a wrong password, or she is the last coordinator. */
const EXPECTED = new Set<string>(['password_incorrect', 'last_coordinator']);

/**
 * The last step of deleting her account: her password, then DELETE /api/me. A refusal is said in
 * the dialog's alert, which gets focus; after 204 she lands on the front page, signed out.
 */
export function useDeleteAccount() {
  const store = usePrivacyStore();
  const router = useRouter();
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const password = ref('');
  /** She pressed delete with an empty field; cleared as soon as she types. */
  const missing = ref(false);
  watch(password, (value) => {
    if (value !== '') missing.value = false;
  });

  const deletion = useAsync(async (value: string) => {
    await store.deleteAccount({ password: value });
    await router.push({ name: 'landing', query: { reason: 'account-deleted' } });
  });

  async function submit(): Promise<void> {
    if (password.value === '') {
      missing.value = true;
      focusById(DELETE_PASSWORD_ID);
      return;
    }
    const result = await deletion.run(password.value);
    if (!result.ok) {
      await nextTick();
      focusById(DELETE_ALERT_ID);
    }
  }

  /** The two refusals the API names speak for themselves; anything else says what failed. */
  const failure = computed(() => {
    const error: unknown = deletion.error.value;
    if (error === null) return null;
    if (error instanceof ApiError && EXPECTED.has(error.code)) return errorMessage(error);
    return `${t('privacy.deleteDialog.failed')} ${errorMessage(error)}`;
  });

  return reactive({
    password,
    missing,
    failure,
    loading: deletion.loading,
    submit,
  });
}
