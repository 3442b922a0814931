import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { programmeApi } from '@/features/auth/programme.api';
import { amina, session } from '@/test/fixtures';
import { profileApi } from './profile.api';
import { writeDraft } from './profile.draft';
import { aminaProfile, menteeOwn, neverSent, programme } from './profile.fixtures';
import { useProfileStore } from './profile.store';

vi.mock('./profile.api', () => ({ profileApi: { own: vi.fn(), save: vi.fn() } }));
vi.mock('@/features/auth/programme.api', () => ({
  programmeApi: { get: vi.fn(), mine: vi.fn() },
}));
vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));

async function signedIn() {
  setActivePinia(createPinia());
  const { authApi } = await import('@/features/auth/auth.api');
  vi.mocked(authApi.login).mockResolvedValue(session('token', amina));
  vi.mocked(authApi.logout).mockResolvedValue(undefined);
  const auth = useAuthStore();
  const store = useProfileStore();
  await auth.login({ email: amina.email, password: 'min lange kode' });
  return { auth, store };
}

beforeEach(() => {
  sessionStorage.clear();
});

describe('the profile store', () => {
  it('loads her profile', async () => {
    vi.mocked(profileApi.own).mockResolvedValue(menteeOwn(neverSent));
    const { store } = await signedIn();

    await store.load();
    expect(store.own?.status).toBeNull();
    expect(profileApi.own).toHaveBeenCalledOnce();
  });

  it('saves, keeps the answer and remembers to say thank you', async () => {
    vi.mocked(profileApi.save).mockResolvedValue(menteeOwn({ status: 'pending' }));
    const { store } = await signedIn();

    await store.save(aminaProfile);
    expect(profileApi.save).toHaveBeenCalledWith(aminaProfile);
    expect(store.own?.status).toBe('pending');
    expect(store.justSaved).toBe(true);
  });

  it("asks for the programme's rules once", async () => {
    vi.mocked(programmeApi.mine).mockResolvedValue(programme);
    const { store } = await signedIn();

    await store.loadProgramme();
    await store.loadProgramme();
    expect(programmeApi.mine).toHaveBeenCalledOnce();
    expect(store.programme?.languages).toEqual(programme.languages);
  });

  it('forgets her profile and her unsent drafts when she logs out', async () => {
    vi.mocked(profileApi.own).mockResolvedValue(menteeOwn());
    const { auth, store } = await signedIn();
    await store.load();
    writeDraft(`mentee:${amina.id}`, { step: 2, draft: { goals: ['network'] } });
    sessionStorage.setItem('something-else', 'kept');

    await auth.logout();
    await nextTick();
    expect(store.own).toBeNull();
    expect(sessionStorage.getItem(`mentorbro.profile-draft.mentee:${amina.id}`)).toBeNull();
    expect(sessionStorage.getItem('something-else')).toBe('kept');
  });
});
