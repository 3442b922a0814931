import { LoginBody } from '@mentorbro/core/auth';
import { computed, reactive } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useAsync } from '@/composables/useAsync';
import { useSchemaForm } from '@/composables/useSchemaForm';
import { ApiError } from '@/lib/http';
import { safeRedirect } from '@/router/guard';
import { useAuthStore } from '../auth.store';

/** Log in, then go back to the page that asked for it, or to her page. */
export function useLoginForm() {
  const auth = useAuthStore();
  const route = useRoute();
  const router = useRouter();
  const values = reactive({ email: '', password: '' });

  const form = useSchemaForm(LoginBody, () => ({
    email: values.email.trim(),
    password: values.password,
  }));
  const submission = useAsync((body: LoginBody) => auth.login(body));
  const wrongCredentials = computed(
    () =>
      submission.error.value instanceof ApiError &&
      submission.error.value.code === 'invalid_credentials',
  );

  /** Resolves true when the form had errors to show. */
  async function submit(): Promise<boolean> {
    const body = form.check();
    if (!body) return true;
    const result = await submission.run(body);
    if (result.ok) {
      await router.push(safeRedirect(route.query.redirect) ?? { name: 'home' });
    }
    return false;
  }

  return { values, form, submission, wrongCredentials, submit };
}
