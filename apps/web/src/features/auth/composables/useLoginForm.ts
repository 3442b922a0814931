import { LoginBody } from '@mentorbro/core/auth';
import { computed, reactive } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useFieldMessages } from '@/composables/useFieldMessages';
import { useSchemaForm } from '@/composables/useSchemaForm';
import { safeRedirect } from '@/router/guard';
import { useAuthStore } from '../auth.store';

/** Log in, then go back to the page that asked for it, or to her page. */
export function useLoginForm() {
  const auth = useAuthStore();
  const route = useRoute();
  const router = useRouter();
  const values = reactive({ email: '', password: '' });

  const form = useSchemaForm({
    schema: LoginBody,
    read: () => ({ email: values.email.trim(), password: values.password }),
    targets: { email: 'login-email', password: 'login-password' },
    summaryId: 'login-summary',
    message: useFieldMessages('login.errors'),
    send: (body: LoginBody) => auth.login(body),
    onSuccess: () => router.push(safeRedirect(route.query.redirect) ?? { name: 'home' }),
  });
  // One message for a wrong email or a wrong password: which one is not told to anyone.
  const wrongCredentials = computed(() => form.failedWith('invalid_credentials'));

  return { values, form, wrongCredentials };
}
