import { REGIONS, type RegionCode } from '@mentorbro/core/catalogue';
import type { StatsQuery } from '@mentorbro/core/stats';
import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';

/** A real calendar day written YYYY-MM-DD (not 2026-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(value);
}

export const isRegion = (value: unknown): value is RegionCode =>
  REGIONS.some((region) => region.code === value);

/**
 * The period and region of the numbers, kept in the address so a coordinator can bookmark
 * "this year, Syddanmark" or send it to a colleague. What the address does not say, the API
 * decides (the last twelve months or so, every region); a wrong value counts as not said.
 */
export function useStatsFilter() {
  const route = useRoute();
  const router = useRouter();
  const query = computed<StatsQuery>(() => {
    const { from, to, region } = route.query;
    return {
      ...(isIsoDate(from) ? { from } : {}),
      ...(isIsoDate(to) ? { to } : {}),
      ...(isRegion(region) ? { region } : {}),
    };
  });

  // Pushed, not replaced: "back" brings her to the numbers she looked at before.
  async function apply(next: StatsQuery): Promise<void> {
    await router.push({ name: 'admin-stats', query: { ...next } });
  }

  return { query, apply };
}
