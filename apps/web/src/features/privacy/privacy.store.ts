import type { DeleteAccountBody } from '@mentorbro/core/privacy';
import { defineStore } from 'pinia';
import { useAuthStore } from '@/features/auth/auth.store';
import { privacyApi } from './privacy.api';
import { exportFileName, saveJsonFile } from './privacy.file';

/**
 * Her copy of her data, and deleting her account. It keeps nothing itself: the copy goes
 * straight to a file, so no one else on a shared phone finds her data left in the tab.
 */
export const usePrivacyStore = defineStore('privacy', () => {
  const auth = useAuthStore();

  /** Saves her data as a file; resolves to the file's name. */
  async function download(now: Date = new Date()): Promise<string> {
    const data = await privacyApi.exportData();
    const fileName = exportFileName(now);
    saveJsonFile(data, fileName);
    return fileName;
  }

  /**
   * Deletes her account. On 204 the server has already ended every session and cleared the
   * refresh cookie; this tab forgets her too, and the other stores drop their data with her.
   */
  async function deleteAccount(body: DeleteAccountBody): Promise<void> {
    await privacyApi.deleteAccount(body);
    auth.clear();
  }

  return { download, deleteAccount };
});
