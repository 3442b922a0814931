import type { CreateRequestBody, MatchRequest } from '@mentorbro/core/requests';
import { computed, onMounted, reactive, ref } from 'vue';
import { useAsync } from '@/composables/useAsync';
import { useAuthStore } from '@/features/auth/auth.store';
import { useProfileStore } from '@/features/profile/profile.store';
import { useRequestsStore } from '../requests.store';

/**
 * Where a mentee stands with the mentor whose page she reads: she may ask her, has asked her
 * already (and waits, or was said yes to), or must have her profile approved first. Mentors
 * and coordinators only read the page: nothing is loaded for them.
 */
export type AskState =
  'none' | 'loading' | 'failed' | 'not-approved' | 'pending' | 'accepted' | 'can-ask';

export function useAskMentor(mentorId: () => string) {
  const auth = useAuthStore();
  const profiles = useProfileStore();
  const requests = useRequestsStore();
  const isMentee = computed(() => auth.role === 'mentee');
  /** Set when she sends a request from this page: the page then says "Sent!" and what next. */
  const justSent = ref<MatchRequest | null>(null);

  // Her profile's status now (a coordinator may have approved it since), and her requests.
  const loading = useAsync(() => Promise.all([profiles.load(), requests.load()]));
  const loaded = ref(false);
  const failed = ref(false);
  async function load(): Promise<void> {
    failed.value = false;
    const result = await loading.run();
    loaded.value = result.ok;
    failed.value = !result.ok;
  }
  onMounted(() => {
    if (isMentee.value) void load();
  });

  /** Her newest request to this mentor, if it still waits or was said yes to. */
  const existing = computed(() => {
    const latest = requests.latestTo(mentorId());
    return latest && (latest.status === 'pending' || latest.status === 'accepted') ? latest : null;
  });

  const state = computed<AskState>(() => {
    if (!isMentee.value) return 'none';
    if (failed.value) return 'failed';
    if (!loaded.value) return 'loading';
    if (existing.value) return existing.value.status === 'accepted' ? 'accepted' : 'pending';
    return profiles.own?.status === 'approved' ? 'can-ask' : 'not-approved';
  });

  /** Her goals, in her order: the first is what matters most to her. */
  const ownGoals = computed(() =>
    profiles.own?.role === 'mentee' ? (profiles.own.profile?.goals ?? []) : [],
  );

  /**
   * Sends her request. Marked as sent in the same tick as the store adds it, so the page goes
   * straight from the form to "Sent!" (not to "you asked her on …").
   */
  async function send(body: CreateRequestBody): Promise<MatchRequest> {
    const created = await requests.send(body);
    justSent.value = created;
    return created;
  }

  return reactive({
    state,
    existing,
    justSent,
    ownGoals,
    error: loading.error,
    load,
    send,
  });
}

export type AskMentor = ReturnType<typeof useAskMentor>;
