import { vi } from 'vitest';

/**
 * A stand-in for navigator.locks (happy-dom has none): tasks under one name run one after the
 * other, as in a browser where every tab of the site shares the same lock manager.
 */
export function installFakeLocks() {
  const queues = new Map<string, Promise<unknown>>();
  const requested: string[] = [];
  const request = (name: string, task: () => Promise<unknown>) => {
    requested.push(name);
    const previous = queues.get(name) ?? Promise.resolve();
    const run = previous.then(task, task);
    queues.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  };
  vi.spyOn(navigator, 'locks', 'get').mockReturnValue({ request } as unknown as LockManager);
  return { requested };
}
