import { PASSWORD_MAX, PASSWORD_MIN, RegisterBody } from '@mentorbro/core/auth';
import { NAME_MAX, type SelfRegisterRole } from '@mentorbro/core/user';
import Type from 'typebox';
import { computed, reactive } from 'vue';
import { useRouter } from 'vue-router';
import { useFieldMessages } from '@/composables/useFieldMessages';
import { useSchemaForm } from '@/composables/useSchemaForm';
import { currentLocale, setLocale } from '@/i18n';
import { useAuthStore } from '../auth.store';

/**
 * In a women-only programme the self-declaration is required, as the server checks it
 * (core's RegisterBody leaves it optional because other programmes do not ask).
 */
const WomenOnlyRegisterBody = Type.Object(
  { ...RegisterBody.properties, declaresWoman: Type.Literal(true) },
  { additionalProperties: false },
);

export interface RegisterProgramme {
  /** The slug from her link; left out of the body for the default programme. */
  slug?: string;
  womenOnly: boolean;
}

/** Register, log in at once, and go to her page. The rules come from core's RegisterBody. */
export function useRegisterForm(initialRole: SelfRegisterRole | '', programme: RegisterProgramme) {
  const auth = useAuthStore();
  const router = useRouter();
  const values = reactive({
    role: initialRole,
    declaresWoman: false,
    name: '',
    email: '',
    password: '',
    locale: currentLocale(),
    acceptedTerms: false,
  });

  const form = useSchemaForm({
    schema: programme.womenOnly ? WomenOnlyRegisterBody : RegisterBody,
    read: () => ({
      email: values.email.trim(),
      password: values.password,
      name: values.name.trim(),
      // An unchosen radio group is a missing field, as the API would see it.
      ...(values.role === '' ? {} : { role: values.role }),
      locale: values.locale,
      acceptedTerms: values.acceptedTerms,
      ...(programme.womenOnly || values.declaresWoman
        ? { declaresWoman: values.declaresWoman }
        : {}),
      ...(programme.slug === undefined ? {} : { programme: programme.slug }),
    }),
    // A radio group's error links to its first radio; the order is the page's.
    targets: {
      role: 'register-role-mentee',
      declaresWoman: 'register-declares-woman',
      name: 'register-name',
      email: 'register-email',
      password: 'register-password',
      locale: 'register-locale-da',
      acceptedTerms: 'register-terms',
      programme: 'register-name',
    },
    summaryId: 'register-summary',
    message: useFieldMessages('register.errors', {
      password: { min: PASSWORD_MIN, max: PASSWORD_MAX },
      name: { max: NAME_MAX },
    }),
    send: (body: RegisterBody) => auth.register(body),
    onSuccess: async (_user, body) => {
      // She just chose this language for her account; the app follows her choice.
      await setLocale(body.locale).catch((error: unknown) => {
        console.error('Could not switch to the chosen language', error);
      });
      await router.push({ name: 'home' });
    },
  });
  const emailTaken = computed(() => form.failedWith('email_taken'));
  /** Asked in a women-only programme, or when the server says this programme needs it. */
  const asksWoman = computed(
    () => programme.womenOnly || form.errorText('declaresWoman') !== undefined,
  );

  return { values, form, emailTaken, asksWoman };
}
