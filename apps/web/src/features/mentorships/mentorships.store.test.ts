import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAuthStore } from '@/features/auth/auth.store';
import { ApiError } from '@/lib/http';
import { amina } from '@/test/fixtures';
import { mentorshipsApi } from './mentorships.api';
import { useMentorshipsStore } from './mentorships.store';
import {
  meetingLog,
  mentorship,
  mentorshipId,
  recentOwnLog,
  saraLog,
} from './test/mentorships-fixtures';

vi.mock('./mentorships.api', async () =>
  (await import('./test/mentorships-api-mock')).mentorshipsApiMock(),
);

beforeEach(() => {
  setActivePinia(createPinia());
});

const body = { date: '2025-06-09', minutes: 45, topics: ['cv' as const] };

describe('the mentorships store', () => {
  it('loads the mentorship with its meetings, newest first', async () => {
    vi.mocked(mentorshipsApi.get).mockResolvedValue(mentorship());
    vi.mocked(mentorshipsApi.logs).mockResolvedValue({ items: [saraLog(), recentOwnLog()] });
    const store = useMentorshipsStore();

    await store.load(mentorshipId);

    expect(store.current).toEqual(mentorship());
    expect(store.logs.map((log) => log.date)).toEqual(['2025-06-08', '2025-05-20']);
  });

  it('puts a meeting she logs in its place, and counts it as the last meeting', async () => {
    vi.mocked(mentorshipsApi.get).mockResolvedValue(mentorship({ lastLogDate: '2025-06-08' }));
    vi.mocked(mentorshipsApi.logs).mockResolvedValue({ items: [recentOwnLog(), saraLog()] });
    const added = meetingLog(3, { ...body, createdAt: '2025-06-10T10:00:00.000Z' });
    vi.mocked(mentorshipsApi.addLog).mockResolvedValue(added);
    const store = useMentorshipsStore();
    await store.load(mentorshipId);

    await expect(store.addLog(mentorshipId, body)).resolves.toEqual(added);

    expect(mentorshipsApi.addLog).toHaveBeenCalledWith(mentorshipId, body);
    expect(store.logs.map((log) => log.id)).toEqual([added.id, recentOwnLog().id, saraLog().id]);
    expect(store.current?.lastLogDate).toBe('2025-06-09');
  });

  it('replaces a meeting she corrects', async () => {
    vi.mocked(mentorshipsApi.get).mockResolvedValue(mentorship());
    vi.mocked(mentorshipsApi.logs).mockResolvedValue({ items: [recentOwnLog(), saraLog()] });
    const changed = { ...recentOwnLog(), minutes: 45 };
    vi.mocked(mentorshipsApi.editLog).mockResolvedValue(changed);
    const store = useMentorshipsStore();
    await store.load(mentorshipId);

    await store.editLog(mentorshipId, changed.id, { ...body, minutes: 45 });

    expect(mentorshipsApi.editLog).toHaveBeenCalledWith(mentorshipId, changed.id, {
      ...body,
      minutes: 45,
    });
    expect(store.logs[0]).toEqual(changed);
  });

  it('lets a locked meeting fail as the API says (after 7 days it stands)', async () => {
    const locked = new ApiError(409, 'log_locked', 'Only its author may change it, for 7 days.');
    vi.mocked(mentorshipsApi.editLog).mockRejectedValue(locked);
    const store = useMentorshipsStore();
    await expect(store.editLog(mentorshipId, saraLog().id, body)).rejects.toBe(locked);
  });

  it('keeps the answer to a proposal, and to a yes', async () => {
    const proposed = mentorship({ proposedEnd: { date: '2025-12-01', byId: amina.id } });
    vi.mocked(mentorshipsApi.proposeEnd).mockResolvedValue(proposed);
    const store = useMentorshipsStore();

    await store.proposeEnd(mentorshipId, '2025-12-01');
    expect(mentorshipsApi.proposeEnd).toHaveBeenCalledWith(mentorshipId, '2025-12-01');
    expect(store.current).toEqual(proposed);

    const agreed = mentorship({ plannedEnd: '2025-12-01' });
    vi.mocked(mentorshipsApi.agreeEnd).mockResolvedValue(agreed);
    await expect(store.agreeEnd(mentorshipId)).resolves.toBe('done');
    expect(store.current).toEqual(agreed);
  });

  it('reads it again when the proposal had already changed', async () => {
    vi.mocked(mentorshipsApi.agreeEnd).mockRejectedValue(
      new ApiError(409, 'invalid_transition', 'There is no proposal from the other.'),
    );
    vi.mocked(mentorshipsApi.get).mockResolvedValue(mentorship());
    vi.mocked(mentorshipsApi.logs).mockResolvedValue({ items: [] });
    const store = useMentorshipsStore();

    await expect(store.agreeEnd(mentorshipId)).resolves.toBe('stale');
    expect(store.current).toEqual(mentorship());
  });

  it('ends it with the outcome and the reason', async () => {
    const ended = mentorship({ status: 'ended_early', outcome: 'ended_early' });
    vi.mocked(mentorshipsApi.end).mockResolvedValue(ended);
    const store = useMentorshipsStore();

    await expect(
      store.end(mentorshipId, { outcome: 'ended_early', earlyReason: 'moved' }),
    ).resolves.toBe('done');
    expect(mentorshipsApi.end).toHaveBeenCalledWith(mentorshipId, {
      outcome: 'ended_early',
      earlyReason: 'moved',
    });
    expect(store.current).toEqual(ended);
  });

  it('forgets what they wrote when someone else logs in on the phone', async () => {
    vi.mocked(mentorshipsApi.get).mockResolvedValue(mentorship());
    vi.mocked(mentorshipsApi.logs).mockResolvedValue({ items: [recentOwnLog()] });
    vi.mocked(mentorshipsApi.list).mockResolvedValue({ items: [mentorship()] });
    const auth = useAuthStore();
    auth.user = amina;
    const store = useMentorshipsStore();
    await store.load(mentorshipId);
    await store.loadList();

    auth.user = null;
    await vi.waitFor(() => {
      expect(store.current).toBeNull();
    });
    expect(store.logs).toEqual([]);
    expect(store.items).toEqual([]);
  });
});
