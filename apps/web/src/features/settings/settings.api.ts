import type { MemberSettings, MemberSettingsBody } from '@mentorbro/core/user';
import { request } from '@/lib/http';

/** Her own settings: the language of the app and of her emails, and whether tips come. */
export const settingsApi = {
  get: () => request<MemberSettings>('/api/me/settings', { auth: true }),
  save: (body: MemberSettingsBody) =>
    request<MemberSettings>('/api/me/settings', { method: 'PATCH', body, auth: true }),
};

export type SettingsApi = typeof settingsApi;
