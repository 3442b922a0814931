import type { Locale, MemberSettings } from '@mentorbro/core/user';
import { computed, onMounted, reactive, ref, watch } from 'vue';
import { useAsync } from '@/composables/useAsync';
import { useAuthStore } from '@/features/auth/auth.store';
import { currentLocale, setLocale } from '@/i18n';
import { useSettingsStore } from '../settings.store';

/**
 * The settings form: filled from the API when the page opens, saved with PATCH. A saved
 * language is also the app's language from then on, on this device too.
 */
export function useSettingsForm() {
  const store = useSettingsStore();
  const auth = useAuthStore();
  const form = reactive<MemberSettings>({ locale: currentLocale(), emailTips: true });
  /** Tips are suggestions for members; a coordinator only chooses her language. */
  const showTips = computed(() => auth.role !== 'admin');

  const loading = useAsync(() => store.load());
  onMounted(() => void loading.run());

  // The first answer fills the form; a later one (the header's language switch saved) only
  // moves the language, so a box she has just ticked stays ticked.
  watch(
    () => store.settings,
    (settings, before) => {
      if (!settings) return;
      if (before) form.locale = settings.locale;
      else Object.assign(form, settings);
    },
    { immediate: true },
  );

  /** Changes with every save, so "saved" is announced again after a second save. */
  const savedKey = ref(0);
  const saving = useAsync(async () => {
    const saved = await store.save(
      showTips.value ? { ...form } : { locale: form.locale satisfies Locale },
    );
    if (saved.locale !== currentLocale()) await setLocale(saved.locale);
    savedKey.value++;
  });
  // "Saved" is true only until she changes something again.
  watch(form, () => (savedKey.value = 0));

  return reactive({
    form,
    showTips,
    loaded: computed(() => store.settings !== null),
    load: loading,
    save: saving,
    savedKey,
  });
}
