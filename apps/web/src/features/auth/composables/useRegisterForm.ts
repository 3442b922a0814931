import { RegisterBody } from '@mentorbro/core/auth';
import type { SelfRegisterRole } from '@mentorbro/core/user';
import { computed, reactive } from 'vue';
import { useRouter } from 'vue-router';
import { useAsync } from '@/composables/useAsync';
import { useSchemaForm } from '@/composables/useSchemaForm';
import { currentLocale, setLocale } from '@/i18n';
import { ApiError } from '@/lib/http';
import { useAuthStore } from '../auth.store';

/** Register, log in at once, and go to her page. The rules come from core's RegisterBody. */
export function useRegisterForm(initialRole: SelfRegisterRole | '') {
  const auth = useAuthStore();
  const router = useRouter();
  const values = reactive({
    role: initialRole,
    name: '',
    email: '',
    password: '',
    locale: currentLocale(),
    acceptedTerms: false,
  });

  const form = useSchemaForm(RegisterBody, () => ({
    email: values.email.trim(),
    password: values.password,
    name: values.name.trim(),
    // An unchosen radio group is a missing field, as the API would see it.
    ...(values.role === '' ? {} : { role: values.role }),
    locale: values.locale,
    acceptedTerms: values.acceptedTerms,
  }));

  const submission = useAsync((body: RegisterBody) => auth.register(body));
  const emailTaken = computed(
    () =>
      submission.error.value instanceof ApiError && submission.error.value.code === 'email_taken',
  );

  /** Resolves true when the form had errors to show. */
  async function submit(): Promise<boolean> {
    const body = form.check();
    if (!body) return true;
    const result = await submission.run(body);
    if (result.ok) {
      // She just chose this language for her account; the app follows her choice.
      await setLocale(body.locale).catch((error: unknown) => {
        console.error('Could not switch to the chosen language', error);
      });
      await router.push({ name: 'home' });
      return false;
    }
    const error = submission.error.value;
    if (error instanceof ApiError && error.code === 'validation_failed') {
      form.setServerErrors(error.details);
      return true;
    }
    return false;
  }

  return { values, form, submission, emailTaken, submit };
}
