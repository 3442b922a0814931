import { saveFile } from '@/lib/download';

/**
 * The name of her copy, `mentorbro-data-YYYY-MM-DD.json`, dated on her own calendar: core's
 * exportFileName (the server's attachment name) counts in UTC, so just after midnight in
 * Denmark it would say yesterday, and importing it would bring TypeBox into the settings page.
 */
export function exportFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `mentorbro-data-${day}.json`;
}

/** Saves data as a JSON file on her device. */
export function saveJsonFile(data: unknown, fileName: string): void {
  saveFile(fileName, new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
}
