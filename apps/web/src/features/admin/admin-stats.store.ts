import type { Stats, StatsQuery } from '@mentorbro/core/stats';
import { defineStore } from 'pinia';
import { shallowRef, watch } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { adminApi } from './admin.api';
import { latestOnly } from './admin-store-helpers';

/**
 * The coordinators' numbers for one period and region. Its own store: the numbers load with
 * their page only, and admin.store.ts already holds the day-to-day lists.
 */
export const useAdminStatsStore = defineStore('admin-stats', () => {
  // Replaced whole on every load, never changed in place: a shallow ref is enough.
  const stats = shallowRef<Stats | null>(null);
  // She may change the region twice quickly: only the answer to the last choice is shown.
  const loads = latestOnly();
  async function loadStats(query: StatsQuery): Promise<void> {
    await loads(
      () => adminApi.stats(query),
      (found) => (stats.value = found),
    );
  }

  // Aggregates only, but still the programme's: gone when the coordinator signs out.
  const auth = useAuthStore();
  watch(
    () => auth.user?.id ?? null,
    (id, before) => {
      if (id !== before) stats.value = null;
    },
  );

  return { stats, loadStats };
});

export type AdminStatsStore = ReturnType<typeof useAdminStatsStore>;
