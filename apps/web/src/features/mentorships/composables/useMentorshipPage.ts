import { computed, ref } from 'vue';
import { usePageById } from '@/composables/usePageById';
import { useAuthStore } from '@/features/auth/auth.store';
import { useMentorshipsStore } from '../mentorships.store';
import { perspective } from '../mentorships.view';

/**
 * Loads the mentorship and its meeting log by id, and sees it from her side. One she is not
 * part of and one that does not exist both answer 404 (a malformed id 400): the page says
 * "not found" kindly. The page's live region says the last thing she did, in words; `id`
 * changes with every notice, so the same sentence twice is heard twice.
 */
export function useMentorshipPage(id: () => string) {
  const store = useMentorshipsStore();
  const auth = useAuthStore();
  const { loading, notFound, load } = usePageById(id, (mentorshipId: string) =>
    store.load(mentorshipId),
  );

  // Kept on screen while it is read again after a change (a stale answer): no flash of "wait".
  const mentorship = computed(() => (store.current?.id === id() ? store.current : null));
  const side = computed(() =>
    mentorship.value && auth.user ? perspective(mentorship.value, auth.user.id) : null,
  );

  const notice = ref<{ id: number; text: string } | null>(null);
  let noticeId = 0;
  function announce(text: string) {
    notice.value = { id: ++noticeId, text };
  }

  return { mentorship, side, notFound, loading, load, notice, announce };
}
