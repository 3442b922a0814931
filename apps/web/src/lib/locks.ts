/**
 * Runs `task` while this tab holds the named Web Lock, so tabs of the same site take turns:
 * a second tab waits until the first one's task has finished. Without the Web Locks API (an old
 * browser, or a page served over plain http on a LAN) the task runs at once.
 */
export async function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  // lib.dom types navigator.locks as always there; outside a secure context it is not.
  const locks = navigator.locks as LockManager | null | undefined;
  // request() resolves with what the task resolves with, once the task has finished.
  return locks ? await locks.request(name, task) : task();
}
