import type { LoginBody, RegisterBody } from '@mentorbro/core/auth';
import type { User } from '@mentorbro/core/user';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { clearAllDrafts } from '@/features/profile/profile.draft';
import { followAccountLocale } from '@/i18n';
import { ApiError } from '@/lib/http';
import { withLock } from '@/lib/locks';
import { authApi, type BrowserSession } from './auth.api';

/** The Web Lock every tab takes before it sends the refresh cookie. */
export const REFRESH_LOCK = 'mentorbro-refresh';

/**
 * The one home of auth state. The access token lives only here, in memory: never in
 * localStorage, where any script could read it. The refresh token stays in its httpOnly cookie.
 */
export const useAuthStore = defineStore('auth', () => {
  const user = ref<User | null>(null);
  const accessToken = ref<string | null>(null);
  /** Epoch milliseconds when the access token expires. */
  const expiresAt = ref<number | null>(null);
  /** The refresh in flight in this tab; every caller joins it. */
  let refreshing: Promise<boolean> | null = null;
  /** restore() runs once per app start; later calls wait for that first one. */
  let restored: Promise<void> | null = null;

  const isLoggedIn = computed(() => user.value !== null && accessToken.value !== null);
  const role = computed(() => user.value?.role ?? null);

  function apply(session: BrowserSession) {
    user.value = session.user;
    accessToken.value = session.accessToken;
    expiresAt.value = Date.now() + session.expiresIn * 1000;
  }

  function clear() {
    user.value = null;
    accessToken.value = null;
    expiresAt.value = null;
    // Her unsent profile answers must not stay in the tab for the next person on the phone,
    // whether or not the profile pages were opened since the page loaded.
    clearAllDrafts();
  }

  /** A new device shows her account's language, unless she chose one on this device. */
  async function followLanguage(account: User) {
    await followAccountLocale(account.locale).catch((error: unknown) => {
      console.error('Could not switch to the language of her account', error);
    });
  }

  async function login(body: LoginBody): Promise<User> {
    const session = await authApi.login(body);
    apply(session);
    await followLanguage(session.user);
    return session.user;
  }

  /** Creates the account, then logs in with the same details, so she lands on her page at once. */
  async function register(body: RegisterBody): Promise<User> {
    await authApi.register(body);
    return login({ email: body.email, password: body.password });
  }

  async function sendRefresh(): Promise<boolean> {
    try {
      apply(await authApi.refresh());
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        clear();
        return false;
      }
      throw error;
    }
  }

  /**
   * Swaps the refresh cookie for a new session; false (and signed out) when it is no longer
   * valid. The one refresh path: the fetch wrapper and restore() both come here. The API rotates
   * the token on every use and refuses one used a moment ago, so callers in this tab share one
   * request, and other tabs (which share the cookie) wait for the lock, then send the new cookie.
   */
  function refresh(): Promise<boolean> {
    refreshing ??= withLock(REFRESH_LOCK, sendRefresh).finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  /** On app start, a cookie from an earlier visit restores the session silently. */
  function restore(): Promise<void> {
    restored ??= refresh().then(
      async (ok) => {
        if (ok && user.value) await followLanguage(user.value);
      },
      (error: unknown) => {
        // Offline or the server is down: start signed out; a later login or refresh recovers.
        console.error('Could not restore the session', error);
      },
    );
    return restored;
  }

  /**
   * Forgets the session only once the server has ended it. If that fails, the httpOnly cookie
   * is still valid and a reload would sign her in again (on a shared phone, for the next
   * person), so she stays signed in, sees the error and can try again.
   */
  async function logout(): Promise<void> {
    await authApi.logout();
    clear();
  }

  async function reloadUser(): Promise<void> {
    user.value = await authApi.me();
  }

  return {
    user,
    accessToken,
    expiresAt,
    isLoggedIn,
    role,
    login,
    register,
    refresh,
    restore,
    logout,
    clear,
    reloadUser,
  };
});

export type AuthStore = ReturnType<typeof useAuthStore>;
