import type {
  ContactShare,
  CreateRequestBody,
  DeclineRequestBody,
  MatchRequest,
} from '@mentorbro/core/requests';
import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { ApiError } from '@/lib/http';
import { requestsApi } from './requests.api';

/**
 * 'stale': the request had already moved on (she withdrew it, it expired, another mentor said
 * yes to her) before this answer came. The list has been read again, so what is shown is true
 * now; nothing went wrong and there is nothing to retry.
 */
export type Outcome = 'done' | 'stale';

const time = (iso: string | null) => (iso === null ? 0 : Date.parse(iso));

/**
 * A mentee's requests to mentors, or a mentor's requests from mentees, as the API last
 * answered (newest first). Every move replaces the request with the API's answer.
 */
export const useRequestsStore = defineStore('requests', () => {
  const items = ref<MatchRequest[]>([]);
  const loaded = ref(false);

  async function load(): Promise<void> {
    items.value = (await requestsApi.list()).items;
    loaded.value = true;
  }

  function put(request: MatchRequest) {
    const known = items.value.some((item) => item.id === request.id);
    items.value = known
      ? items.value.map((item) => (item.id === request.id ? request : item))
      : [request, ...items.value];
  }

  async function unlessStale(move: () => Promise<MatchRequest>): Promise<Outcome> {
    try {
      put(await move());
      return 'done';
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'invalid_transition')) throw error;
      await load();
      return 'stale';
    }
  }

  async function send(body: CreateRequestBody): Promise<MatchRequest> {
    const created = await requestsApi.create(body);
    put(created);
    return created;
  }

  const withdraw = (id: string) => unlessStale(() => requestsApi.withdraw(id));
  const accept = (id: string, contact: ContactShare) =>
    unlessStale(() => requestsApi.accept(id, { contact }));
  const decline = (id: string, body: DeclineRequestBody) =>
    unlessStale(() => requestsApi.decline(id, body));

  /** Waiting for the mentor: the one that runs out first comes first. */
  const pending = computed(() =>
    items.value
      .filter((item) => item.status === 'pending')
      .sort((a, b) => time(a.expiresAt) - time(b.expiresAt)),
  );
  /** Answered, withdrawn or run out: the latest first. */
  const answered = computed(() =>
    items.value
      .filter((item) => item.status !== 'pending')
      .sort((a, b) => time(b.answeredAt ?? b.createdAt) - time(a.answeredAt ?? a.createdAt)),
  );

  /** Her newest request to this mentor, if any: the mentor's page says where it stands. */
  const latestTo = (mentorId: string) => items.value.find((item) => item.mentor.id === mentorId);

  // What she asked, and who asked her, must not outlive her session on a shared phone.
  const auth = useAuthStore();
  watch(
    () => auth.user?.id ?? null,
    (id, before) => {
      if (id === before) return;
      items.value = [];
      loaded.value = false;
    },
  );

  return { items, loaded, load, send, withdraw, accept, decline, pending, answered, latestTo };
});

export type RequestsStore = ReturnType<typeof useRequestsStore>;
