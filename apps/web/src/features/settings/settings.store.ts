import type { MemberSettings, MemberSettingsBody } from '@mentorbro/core/user';
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { settingsApi } from './settings.api';

/** Her settings as the API last answered; the language switch in the header saves here too. */
export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<MemberSettings | null>(null);

  async function load(): Promise<void> {
    settings.value = await settingsApi.get();
  }

  async function save(body: MemberSettingsBody): Promise<MemberSettings> {
    const saved = await settingsApi.save(body);
    settings.value = saved;
    return saved;
  }

  // Another person signing in on the same phone starts from her own settings.
  const auth = useAuthStore();
  watch(
    () => auth.user?.id ?? null,
    (id, before) => {
      if (id !== before) settings.value = null;
    },
  );

  return { settings, load, save };
});
