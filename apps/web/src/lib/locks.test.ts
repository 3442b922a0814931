import { describe, expect, it, vi } from 'vitest';
import { installFakeLocks } from '@/test/fake-locks';
import { withLock } from './locks';

describe('withLock', () => {
  it('runs the task at once without the Web Locks API', async () => {
    vi.spyOn(navigator, 'locks', 'get').mockReturnValue(undefined as unknown as LockManager);
    await expect(withLock('x', () => Promise.resolve(7))).resolves.toBe(7);
  });

  it('lets tasks with the same name take turns', async () => {
    const locks = installFakeLocks();
    const order: string[] = [];
    const task = (name: string) => async () => {
      order.push(`${name} starts`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push(`${name} ends`);
    };

    await Promise.all([withLock('a', task('first')), withLock('a', task('second'))]);

    expect(order).toEqual(['first starts', 'first ends', 'second starts', 'second ends']);
    expect(locks.requested).toEqual(['a', 'a']);
  });
});
