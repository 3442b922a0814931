import type { DeleteAccountBody, PersonalData } from '@mentorbro/core/privacy';
import { request } from '@/lib/http';

/** Her rights over her own data: a copy of all of it, and deleting her account. */
export const privacyApi = {
  exportData: () => request<PersonalData>('/api/me/export', { auth: true }),
  // The server also clears the refresh cookie, so no other tab can bring the session back.
  deleteAccount: (body: DeleteAccountBody) =>
    request<undefined>('/api/me', { method: 'DELETE', body, auth: true }),
};

export type PrivacyApi = typeof privacyApi;
