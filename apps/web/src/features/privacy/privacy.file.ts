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

/**
 * Saves data as a JSON file on her device. The data came through the api layer (with her token,
 * which a plain link could not send), so the browser gets it as a Blob behind a temporary link.
 */
export function saveJsonFile(data: unknown, fileName: string): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // After the click's task: some browsers read the Blob only once the download has started.
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 0);
  }
}
