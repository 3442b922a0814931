import type { AdminMentorshipQuery } from '@mentorbro/core/mentorship';
import { MENTORSHIP_STATUSES, type MentorshipStatus } from '@mentorbro/core/states';
import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';

/** Which mentorships the list shows; 'all' asks for every status. */
export type StatusFilter = MentorshipStatus | 'all';

const isStatus = (value: unknown): value is MentorshipStatus =>
  typeof value === 'string' && (MENTORSHIP_STATUSES as readonly string[]).includes(value);

/**
 * The coordinators' mentorship filter, kept in the address so it can be bookmarked: a status
 * (the running ones unless she asks otherwise) and "quiet only", which only running ones can be.
 */
export function useMentorshipFilter() {
  const route = useRoute();
  const router = useRouter();
  const status = computed<StatusFilter>(() => {
    const value = route.query.status;
    return value === 'all' ? 'all' : isStatus(value) ? value : 'active';
  });
  const quiet = computed(() => status.value === 'active' && route.query.quiet === 'true');
  const query = computed<AdminMentorshipQuery>(() => ({
    ...(status.value === 'all' ? {} : { status: status.value }),
    ...(quiet.value ? { quiet: true } : {}),
  }));

  const statusTo = (value: StatusFilter) => ({
    name: 'admin-mentorships' as const,
    query: value === 'active' ? {} : { status: value },
  });

  async function setQuiet(value: boolean): Promise<void> {
    await router.replace({ name: 'admin-mentorships', query: value ? { quiet: 'true' } : {} });
  }

  return { status, quiet, query, statusTo, setQuiet };
}
