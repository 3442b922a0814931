import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAuthStore } from '@/features/auth/auth.store';
import { ApiError } from '@/lib/http';
import { amina } from '@/test/fixtures';
import { requestsApi } from './requests.api';
import { useRequestsStore } from './requests.store';
import { answered, matchRequest, otherMentor, requestId } from './test/requests-fixtures';

vi.mock('./requests.api', async () => (await import('./test/requests-api-mock')).requestsApiMock());

beforeEach(() => {
  setActivePinia(createPinia());
});

const first = matchRequest({ id: requestId(1), expiresAt: '2025-05-20T10:00:00.000Z' });
const soonest = matchRequest({
  id: requestId(2),
  mentor: otherMentor(2, 'Mette'),
  expiresAt: '2025-05-10T10:00:00.000Z',
});
const declinedEarly = answered(matchRequest({ id: requestId(3) }), {
  status: 'declined',
  answeredAt: '2025-04-02T10:00:00.000Z',
});
const expiredLate = matchRequest({
  id: requestId(4),
  status: 'expired',
  expiresAt: null,
  createdAt: '2025-04-20T10:00:00.000Z',
});

describe('the requests store', () => {
  it('keeps the list as the API answers it, and splits it into waiting and answered', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({
      items: [first, soonest, declinedEarly, expiredLate],
    });
    const store = useRequestsStore();

    await store.load();

    expect(requestsApi.list).toHaveBeenCalledWith();
    expect(store.loaded).toBe(true);
    expect(store.items).toEqual([first, soonest, declinedEarly, expiredLate]);
    // The one that runs out first comes first; the latest answer or event first.
    expect(store.pending.map((r) => r.id)).toEqual([soonest.id, first.id]);
    expect(store.answered.map((r) => r.id)).toEqual([expiredLate.id, declinedEarly.id]);
  });

  it('puts a new request first', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({ items: [declinedEarly] });
    vi.mocked(requestsApi.create).mockResolvedValue(first);
    const store = useRequestsStore();
    await store.load();
    const body = {
      mentorId: first.mentor.id,
      message: first.message,
      goals: ['job_search'],
      contact: { email: true },
    };

    await expect(store.send(body)).resolves.toEqual(first);

    expect(requestsApi.create).toHaveBeenCalledWith(body);
    expect(store.items).toEqual([first, declinedEarly]);
    expect(store.latestTo(first.mentor.id)).toEqual(first);
  });

  it('replaces a request with the API’s answer after a move', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({ items: [first, soonest] });
    const withdrawn = answered(first, { status: 'withdrawn' });
    vi.mocked(requestsApi.withdraw).mockResolvedValue(withdrawn);
    const accepted = answered(soonest, { status: 'accepted', introductionId: requestId(9) });
    vi.mocked(requestsApi.accept).mockResolvedValue(accepted);
    const store = useRequestsStore();
    await store.load();

    await expect(store.withdraw(first.id)).resolves.toBe('done');
    await expect(
      store.accept(soonest.id, { email: false, phone: '+45 12 34 56 78' }),
    ).resolves.toBe('done');

    expect(requestsApi.withdraw).toHaveBeenCalledWith(first.id);
    expect(requestsApi.accept).toHaveBeenCalledWith(soonest.id, {
      contact: { email: false, phone: '+45 12 34 56 78' },
    });
    expect(store.items).toEqual([withdrawn, accepted]);
    expect(store.pending).toEqual([]);
  });

  it('reads the list again when the request had already moved on', async () => {
    const expired = { ...first, status: 'expired' as const, expiresAt: null };
    vi.mocked(requestsApi.list)
      .mockResolvedValueOnce({ items: [first] })
      .mockResolvedValueOnce({ items: [expired] });
    vi.mocked(requestsApi.decline).mockRejectedValue(
      new ApiError(409, 'invalid_transition', 'An expired request cannot become declined.'),
    );
    const store = useRequestsStore();
    await store.load();

    await expect(store.decline(first.id, { reason: 'no_time' })).resolves.toBe('stale');

    expect(requestsApi.list).toHaveBeenCalledTimes(2);
    expect(store.items).toEqual([expired]);
  });

  it('lets any other refusal through, keeping the list as it was', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({ items: [first] });
    const full = new ApiError(409, 'mentor_full', 'Every seat is taken.');
    vi.mocked(requestsApi.accept).mockRejectedValue(full);
    const store = useRequestsStore();
    await store.load();

    await expect(store.accept(first.id, { email: true })).rejects.toBe(full);

    expect(store.items).toEqual([first]);
    expect(requestsApi.list).toHaveBeenCalledTimes(1);
  });

  it('forgets the requests when someone else logs in on the phone', async () => {
    vi.mocked(requestsApi.list).mockResolvedValue({ items: [first] });
    const auth = useAuthStore();
    auth.user = amina;
    const store = useRequestsStore();
    await store.load();

    auth.user = { ...amina, id: 'someone-else' };
    await vi.waitFor(() => {
      expect(store.items).toEqual([]);
    });
    expect(store.loaded).toBe(false);
  });
});
