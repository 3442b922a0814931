import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';
import type { OwnProfile } from '@mentorbro/core/profile-view';
import type { PublicProgramme } from '@mentorbro/core/programme';
import { defineStore } from 'pinia';
import { ref, shallowRef, watch } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { programmeApi } from '@/features/auth/programme.api';
import { profileApi } from './profile.api';
import { clearAllDrafts } from './profile.draft';

/**
 * Her own profile and her programme's rules, as the API last answered. Tied to the account
 * that loaded them: when someone else logs in on the same phone, they are forgotten.
 */
export const useProfileStore = defineStore('profile', () => {
  const auth = useAuthStore();
  const own = shallowRef<OwnProfile | null>(null);
  const programme = shallowRef<PublicProgramme | null>(null);
  /** True after a save, until the profile page has said thank you. */
  const justSaved = ref(false);

  function forget() {
    own.value = null;
    programme.value = null;
    justSaved.value = false;
  }

  watch(
    () => auth.user?.id ?? null,
    (id, before) => {
      if (id === before) return;
      forget();
      if (id === null) clearAllDrafts();
    },
  );

  async function load(): Promise<OwnProfile> {
    own.value = await profileApi.own();
    return own.value;
  }

  /** The programme's languages limit what a mentor can offer; they rarely change, so once. */
  async function loadProgramme(): Promise<PublicProgramme> {
    programme.value ??= await programmeApi.mine();
    return programme.value;
  }

  async function save(body: MentorProfileInput | MenteeProfileInput): Promise<OwnProfile> {
    own.value = await profileApi.save(body);
    justSaved.value = true;
    return own.value;
  }

  return { own, programme, justSaved, load, loadProgramme, save };
});
