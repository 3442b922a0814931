import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { ApiError } from '@/lib/http';
import { adminApi } from './admin.api';
import { useAdminStore } from './admin.store';
import { coordinator, outboxEmail, outboxPage, rules, waitingMentee } from './test/admin-fixtures';

vi.mock('./admin.api', async () => (await import('./test/admin-api-mock')).adminApiMock());

beforeEach(() => {
  setActivePinia(createPinia());
});

describe('admin store: the rules a page only shows', () => {
  it('reads the programme once, and takes what she saved after', async () => {
    vi.mocked(adminApi.programme).mockResolvedValue(rules);
    vi.mocked(adminApi.saveProgramme).mockImplementation((body) => Promise.resolve(body));
    const store = useAdminStore();

    await store.ensureProgramme();
    await store.ensureProgramme();
    expect(adminApi.programme).toHaveBeenCalledTimes(1);
    await store.saveProgramme({ ...rules, quietDays: 21 });
    await store.ensureProgramme();
    expect(store.programme?.quietDays).toBe(21);
    expect(adminApi.programme).toHaveBeenCalledTimes(1);
  });
});

describe('admin store: waiting list', () => {
  const amina = waitingMentee(1);
  const body = { mentorIds: ['a0000000-0000-4000-8000-000000000001'], note: 'Hej Amina' };

  it('loads the mentees who wait and the days the list counts from', async () => {
    vi.mocked(adminApi.waiting).mockResolvedValue({ items: [amina], days: 45 });
    const store = useAdminStore();

    await store.loadWaiting();
    expect(store.waiting).toEqual([amina]);
    expect(store.waitingDays).toBe(45);
  });

  it('sends the suggestions to her', async () => {
    vi.mocked(adminApi.suggestMentors).mockResolvedValue(undefined);
    const store = useAdminStore();

    await expect(store.suggestMentors(amina.id, body)).resolves.toBe('done');
    expect(adminApi.suggestMentors).toHaveBeenCalledWith(amina.id, body);
  });

  it('reads the list again when she is no longer waiting', async () => {
    vi.mocked(adminApi.suggestMentors).mockRejectedValue(new ApiError(404, 'not_found', 'Gone.'));
    vi.mocked(adminApi.waiting).mockResolvedValue({ items: [], days: 45 });
    const store = useAdminStore();

    await expect(store.suggestMentors(amina.id, body)).resolves.toBe('stale');
    expect(adminApi.waiting).toHaveBeenCalledTimes(1);
    expect(store.waiting).toEqual([]);
  });

  it('passes on what it cannot explain, such as a mentor no longer listed', async () => {
    const error = new ApiError(400, 'validation_failed', 'Invalid.', [
      { field: '/mentorIds/0', rule: 'not_listed', message: 'x' },
    ]);
    vi.mocked(adminApi.suggestMentors).mockRejectedValue(error);
    const store = useAdminStore();

    await expect(store.suggestMentors(amina.id, body)).rejects.toBe(error);
    expect(adminApi.waiting).not.toHaveBeenCalled();
  });
});

describe('admin store: emails', () => {
  it('loads the dead ones by default, the waiting ones on request', async () => {
    vi.mocked(adminApi.outbox).mockResolvedValue(outboxPage([outboxEmail(1)]));
    const store = useAdminStore();

    await store.loadOutbox();
    expect(adminApi.outbox).toHaveBeenLastCalledWith('dead');
    expect(store.outbox).toEqual([outboxEmail(1)]);
    expect(store.outboxCounts).toEqual({ pending: 0, dead: 1, sentLastDay: 42 });

    await store.loadOutbox('pending');
    expect(adminApi.outbox).toHaveBeenLastCalledWith('pending');
    expect(store.outboxStatus).toBe('pending');
  });

  it('takes a dead email sent again off the list, and counts it as waiting', async () => {
    vi.mocked(adminApi.outbox).mockResolvedValue(
      outboxPage([outboxEmail(1), outboxEmail(2)], { pending: 5 }),
    );
    vi.mocked(adminApi.retryEmail).mockResolvedValue(undefined);
    const store = useAdminStore();
    await store.loadOutbox();

    await expect(store.retryEmail(1)).resolves.toBe('done');
    expect(adminApi.retryEmail).toHaveBeenCalledWith(1);
    expect(store.outbox.map((email) => email.id)).toEqual([2]);
    expect(store.outboxCounts).toEqual({ pending: 6, dead: 1, sentLastDay: 42 });
  });

  it('reads the list again when the email was no longer dead', async () => {
    vi.mocked(adminApi.outbox)
      .mockResolvedValueOnce(outboxPage([outboxEmail(1)]))
      .mockResolvedValueOnce(outboxPage([]));
    vi.mocked(adminApi.retryEmail).mockRejectedValue(
      new ApiError(409, 'invalid_transition', 'Not dead.'),
    );
    const store = useAdminStore();
    await store.loadOutbox();

    await expect(store.retryEmail(1)).resolves.toBe('stale');
    expect(adminApi.outbox).toHaveBeenCalledTimes(2);
    expect(store.outbox).toEqual([]);
  });
});

describe('admin store: a new session', () => {
  it('forgets the waiting list and the emails when the coordinator logs out', async () => {
    vi.mocked(adminApi.waiting).mockResolvedValue({ items: [waitingMentee(1)], days: 45 });
    vi.mocked(adminApi.outbox).mockResolvedValue(outboxPage([outboxEmail(1)]));
    const auth = useAuthStore();
    auth.user = coordinator;
    const store = useAdminStore();
    await Promise.all([store.loadWaiting(), store.loadOutbox()]);

    auth.user = null;
    await nextTick();
    expect(store.waiting).toEqual([]);
    expect(store.waitingDays).toBeNull();
    expect(store.outbox).toEqual([]);
    expect(store.outboxCounts).toBeNull();
  });
});
