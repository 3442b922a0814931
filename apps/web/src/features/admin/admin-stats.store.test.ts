import type { Stats } from '@mentorbro/core/stats';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { adminApi } from './admin.api';
import { useAdminStatsStore } from './admin-stats.store';
import { coordinator } from './test/admin-fixtures';
import { statsFixture } from './test/stats-fixtures';

vi.mock('./admin.api', async () => (await import('./test/admin-api-mock')).adminApiMock());

beforeEach(() => {
  setActivePinia(createPinia());
});

describe('admin stats store', () => {
  it('loads the numbers for a period and region, and forgets them when she logs out', async () => {
    const stats = statsFixture();
    vi.mocked(adminApi.stats).mockResolvedValue(stats);
    const auth = useAuthStore();
    auth.user = coordinator;
    const store = useAdminStatsStore();

    await store.loadStats({ from: '2026-01-01', region: 'syddanmark' });
    expect(adminApi.stats).toHaveBeenCalledWith({ from: '2026-01-01', region: 'syddanmark' });
    expect(store.stats).toEqual(stats);

    auth.user = null;
    await nextTick();
    expect(store.stats).toBeNull();
  });

  it('shows the answer to her last choice when an earlier one answers late', async () => {
    let answerSlowly: (stats: Stats) => void = () => undefined;
    const slow = new Promise<Stats>((resolve) => {
      answerSlowly = resolve;
    });
    const capital = statsFixture({
      period: { from: '2026-01-01', to: '2026-11-24', region: 'hovedstaden' },
    });
    const south = statsFixture({
      period: { from: '2026-01-01', to: '2026-11-24', region: 'syddanmark' },
    });
    vi.mocked(adminApi.stats).mockReturnValueOnce(slow).mockResolvedValueOnce(south);
    const store = useAdminStatsStore();

    const first = store.loadStats({ region: 'hovedstaden' });
    await store.loadStats({ region: 'syddanmark' });
    answerSlowly(capital);
    await first;

    expect(store.stats?.period.region).toBe('syddanmark');
  });
});
