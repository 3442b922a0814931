import type {
  EndMentorshipBody,
  MeetingLog,
  MeetingLogBody,
  Mentorship,
} from '@mentorbro/core/mentorship';
import { defineStore } from 'pinia';
import { shallowRef, watch } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { ApiError } from '@/lib/http';
import { mentorshipsApi } from './mentorships.api';
import { newestFirst } from './mentorships.view';

/**
 * 'stale': the mentorship had moved on before her answer came (the other changed the proposal,
 * or it has ended). It has been read again, so the page shows how it stands now.
 */
export type Outcome = 'done' | 'stale';

/** Her mentorships, and the one she has open with its meeting log, as the API last answered. */
export const useMentorshipsStore = defineStore('mentorships', () => {
  const items = shallowRef<Mentorship[]>([]);
  const current = shallowRef<Mentorship | null>(null);
  const logs = shallowRef<MeetingLog[]>([]);

  async function loadList(): Promise<void> {
    items.value = (await mentorshipsApi.list()).items;
  }

  async function load(id: string): Promise<Mentorship> {
    if (current.value?.id !== id) {
      current.value = null;
      logs.value = [];
    }
    const [mentorship, list] = await Promise.all([mentorshipsApi.get(id), mentorshipsApi.logs(id)]);
    current.value = mentorship;
    logs.value = newestFirst(list.items);
    return mentorship;
  }

  async function unlessStale(id: string, move: () => Promise<Mentorship>): Promise<Outcome> {
    try {
      current.value = await move();
      return 'done';
    } catch (error) {
      if (!(error instanceof ApiError && error.code === 'invalid_transition')) throw error;
      await load(id);
      return 'stale';
    }
  }

  /** A meeting she logs goes into the list in its place by date; the pair is no longer quiet. */
  async function addLog(id: string, body: MeetingLogBody): Promise<MeetingLog> {
    const log = await mentorshipsApi.addLog(id, body);
    logs.value = newestFirst([log, ...logs.value]);
    const mentorship = current.value;
    if (mentorship?.id === id && (mentorship.lastLogDate ?? '') < log.date) {
      current.value = { ...mentorship, lastLogDate: log.date };
    }
    return log;
  }

  /** Its author corrects a log, within LOG_EDIT_DAYS; after that the API says log_locked. */
  async function editLog(id: string, logId: string, body: MeetingLogBody): Promise<MeetingLog> {
    const log = await mentorshipsApi.editLog(id, logId, body);
    logs.value = newestFirst(
      logs.value.map((existing) => (existing.id === logId ? log : existing)),
    );
    return log;
  }

  /** One member proposes a new planned end; it holds once the other agrees. */
  async function proposeEnd(id: string, plannedEnd: string): Promise<Mentorship> {
    current.value = await mentorshipsApi.proposeEnd(id, plannedEnd);
    return current.value;
  }

  /** The other member says yes to the proposed end. */
  const agreeEnd = (id: string) => unlessStale(id, () => mentorshipsApi.agreeEnd(id));

  /** Ends it with an outcome, for both; she may then ask a new mentor. */
  const end = (id: string, body: EndMentorshipBody) =>
    unlessStale(id, () => mentorshipsApi.end(id, body));

  // What they wrote about their meetings must not outlive her session on a shared phone.
  const auth = useAuthStore();
  watch(
    () => auth.user?.id ?? null,
    (userId, before) => {
      if (userId === before) return;
      items.value = [];
      current.value = null;
      logs.value = [];
    },
  );

  return { items, current, logs, loadList, load, addLog, editLog, proposeEnd, agreeEnd, end };
});

export type MentorshipsStore = ReturnType<typeof useMentorshipsStore>;
