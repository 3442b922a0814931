/**
 * Hands the browser a file to save, made here rather than fetched from a link: the data came
 * through the api layer (with her token, which a plain link could not send) or was built on
 * the page. A temporary link in the document is clicked (some browsers ignore a click on a
 * detached one), removed, and its URL revoked once the click's task is done: some browsers
 * read the Blob only once the download has started.
 */
export function saveFile(fileName: string, blob: Blob): void {
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
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 0);
  }
}
