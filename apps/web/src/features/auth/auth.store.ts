import type { LoginBody, RegisterBody, Session } from '@mentorbro/core/auth';
import type { User } from '@mentorbro/core/user';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { ApiError } from '@/lib/http';
import { authApi } from './auth.api';

/**
 * The one home of auth state. The access token lives only here, in memory: never in
 * localStorage, where any script could read it. The refresh token stays in its httpOnly cookie.
 */
export const useAuthStore = defineStore('auth', () => {
  const user = ref<User | null>(null);
  const accessToken = ref<string | null>(null);
  /** Epoch milliseconds when the access token expires. */
  const expiresAt = ref<number | null>(null);
  let restoring: Promise<void> | null = null;

  const isLoggedIn = computed(() => user.value !== null && accessToken.value !== null);
  const role = computed(() => user.value?.role ?? null);

  function apply(session: Session) {
    user.value = session.user;
    accessToken.value = session.accessToken;
    expiresAt.value = Date.now() + session.expiresIn * 1000;
  }

  function clear() {
    user.value = null;
    accessToken.value = null;
    expiresAt.value = null;
  }

  async function login(body: LoginBody): Promise<User> {
    const session = await authApi.login(body);
    apply(session);
    return session.user;
  }

  /** Creates the account, then logs in with the same details, so she lands on her page at once. */
  async function register(body: RegisterBody): Promise<User> {
    await authApi.register(body);
    return login({ email: body.email, password: body.password });
  }

  /** Swaps the refresh cookie for a new session; false (and signed out) when it is no longer valid. */
  async function refresh(): Promise<boolean> {
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

  /** On app start, a cookie from an earlier visit restores the session silently; runs once. */
  function restore(): Promise<void> {
    restoring ??= refresh().then(
      () => undefined,
      (error: unknown) => {
        // Offline or the server is down: start signed out; a later login or refresh recovers.
        console.error('Could not restore the session', error);
      },
    );
    return restoring;
  }

  /** Forgets the session here even when the server cannot be told, so a shared phone is safe. */
  async function logout(): Promise<void> {
    try {
      await authApi.logout();
    } finally {
      clear();
    }
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
