import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { ApiError } from '@/lib/http';
import { adminApi } from './admin.api';
import { AUDIT_PAGE_SIZE, useAdminStore } from './admin.store';
import {
  adminIntroduction,
  adminMentorship,
  adminUser,
  auditEntry,
  coordinator,
  editedMentor,
  newMentee,
  report,
  rules,
} from './test/admin-fixtures';

vi.mock('./admin.api', async () => (await import('./test/admin-api-mock')).adminApiMock());

const conflict = (code: string) => new ApiError(409, code, 'Conflict.');

beforeEach(() => {
  setActivePinia(createPinia());
});

describe('admin store: moderation', () => {
  it('loads the queue for a status and drops an approved profile from it', async () => {
    vi.mocked(adminApi.profiles).mockResolvedValue([newMentee, editedMentor]);
    vi.mocked(adminApi.approve).mockResolvedValue(undefined);
    const store = useAdminStore();

    await store.loadQueue('pending');
    expect(adminApi.profiles).toHaveBeenCalledWith('pending');
    await expect(store.approve(newMentee)).resolves.toBe('done');

    expect(adminApi.approve).toHaveBeenCalledWith(newMentee.userId, {
      submittedAt: newMentee.submittedAt,
    });
    expect(store.queue).toEqual([editedMentor]);
  });

  it('sends the reason with a rejection', async () => {
    vi.mocked(adminApi.profiles).mockResolvedValue([newMentee]);
    vi.mocked(adminApi.reject).mockResolvedValue(undefined);
    const store = useAdminStore();
    await store.loadQueue();

    await expect(store.reject(newMentee, 'Skriv lidt mere om dine mål.')).resolves.toBe('done');
    expect(adminApi.reject).toHaveBeenCalledWith(newMentee.userId, {
      reason: 'Skriv lidt mere om dine mål.',
      submittedAt: newMentee.submittedAt,
    });
    expect(store.queue).toEqual([]);
  });

  it('reads the queue again when another coordinator got there first', async () => {
    vi.mocked(adminApi.profiles)
      .mockResolvedValueOnce([newMentee, editedMentor])
      .mockResolvedValueOnce([editedMentor]);
    vi.mocked(adminApi.approve).mockRejectedValue(conflict('nothing_to_review'));
    const store = useAdminStore();
    await store.loadQueue();

    await expect(store.approve(newMentee)).resolves.toBe('stale');
    expect(adminApi.profiles).toHaveBeenCalledTimes(2);
    expect(store.queue).toEqual([editedMentor]);
  });

  it('reads the queue again when she changed her profile while it was read', async () => {
    vi.mocked(adminApi.profiles).mockResolvedValue([newMentee]);
    vi.mocked(adminApi.approve).mockRejectedValue(conflict('profile_changed'));
    const store = useAdminStore();
    await store.loadQueue();

    await expect(store.approve(newMentee)).resolves.toBe('changed');
    expect(adminApi.profiles).toHaveBeenCalledTimes(2);
  });

  it('passes on any other failure and keeps the item', async () => {
    vi.mocked(adminApi.profiles).mockResolvedValue([newMentee]);
    vi.mocked(adminApi.approve).mockRejectedValue(new ApiError(503, 'service_unavailable', 'x'));
    const store = useAdminStore();
    await store.loadQueue();

    await expect(store.approve(newMentee)).rejects.toMatchObject({
      code: 'service_unavailable',
    });
    expect(store.queue).toEqual([newMentee]);
  });

  it('keeps the answer to the latest filter when an older one arrives late', async () => {
    let answerPending: (items: (typeof newMentee)[]) => void = () => undefined;
    vi.mocked(adminApi.profiles)
      .mockImplementationOnce(
        () =>
          new Promise((resolve) => {
            answerPending = resolve;
          }),
      )
      .mockResolvedValueOnce([editedMentor]);
    const store = useAdminStore();

    const slow = store.loadQueue('pending');
    await store.loadQueue('approved');
    answerPending([newMentee]);
    await slow;
    expect(store.queue).toEqual([editedMentor]);
    expect(store.queueStatus).toBe('approved');
  });
});

describe('admin store: users', () => {
  it('searches and replaces a suspended user with the answer', async () => {
    const amina = adminUser();
    const suspended = adminUser({
      suspendedAt: '2025-05-05T08:00:00.000Z',
      suspensionReason: 'Truende beskeder.',
    });
    vi.mocked(adminApi.users).mockResolvedValue([amina]);
    vi.mocked(adminApi.suspend).mockResolvedValue(suspended);
    const store = useAdminStore();

    await store.searchUsers('amina');
    expect(adminApi.users).toHaveBeenCalledWith('amina');
    await expect(store.suspend(amina.id, 'Truende beskeder.')).resolves.toBe('done');
    expect(adminApi.suspend).toHaveBeenCalledWith(amina.id, { reason: 'Truende beskeder.' });
    expect(store.users).toEqual([suspended]);
  });

  it('searches again when she was already suspended or already back', async () => {
    vi.mocked(adminApi.users).mockResolvedValue([adminUser()]);
    vi.mocked(adminApi.suspend).mockRejectedValue(conflict('already_suspended'));
    vi.mocked(adminApi.reinstate).mockRejectedValue(conflict('not_suspended'));
    const store = useAdminStore();
    await store.searchUsers('amina');

    await expect(store.suspend(adminUser().id, 'Grund.')).resolves.toBe('stale');
    await expect(store.reinstate(adminUser().id)).resolves.toBe('stale');
    expect(adminApi.users).toHaveBeenCalledTimes(3);
    expect(vi.mocked(adminApi.users).mock.calls.every(([q]) => q === 'amina')).toBe(true);
  });

  it('does not hide that a coordinator cannot be suspended', async () => {
    vi.mocked(adminApi.suspend).mockRejectedValue(conflict('cannot_suspend_admin'));
    const store = useAdminStore();
    await expect(store.suspend(adminUser().id, 'Grund.')).rejects.toMatchObject({
      code: 'cannot_suspend_admin',
    });
  });
});

describe('admin store: reports', () => {
  it('takes a resolved report off the open list', async () => {
    const open = report();
    vi.mocked(adminApi.reports).mockResolvedValue([open]);
    vi.mocked(adminApi.resolveReport).mockResolvedValue({
      ...open,
      resolvedAt: '2025-05-06T08:00:00.000Z',
      resolution: 'Talt med begge.',
    });
    const store = useAdminStore();
    await store.loadReports(true);

    await expect(store.resolveReport(open.id, 'Talt med begge.')).resolves.toBe('done');
    expect(adminApi.reports).toHaveBeenCalledWith(true);
    expect(store.reports).toEqual([]);
  });

  it('reads the list again when the report was already resolved', async () => {
    vi.mocked(adminApi.reports).mockResolvedValueOnce([report()]).mockResolvedValueOnce([]);
    vi.mocked(adminApi.resolveReport).mockRejectedValue(conflict('report_resolved'));
    const store = useAdminStore();
    await store.loadReports(true);

    await expect(store.resolveReport(report().id, 'Talt med begge.')).resolves.toBe('stale');
    expect(store.reports).toEqual([]);
  });
});

describe('admin store: audit log', () => {
  it('pages back with nextBefore and stops when there is nothing older', async () => {
    vi.mocked(adminApi.audit)
      .mockResolvedValueOnce({ entries: [auditEntry(9), auditEntry(8)], nextBefore: 8 })
      .mockResolvedValueOnce({ entries: [auditEntry(7)], nextBefore: null });
    const store = useAdminStore();

    await store.loadAudit();
    await expect(store.loadOlderAudit()).resolves.toBe(1);
    await expect(store.loadOlderAudit()).resolves.toBe(0);

    expect(adminApi.audit).toHaveBeenNthCalledWith(1, { limit: AUDIT_PAGE_SIZE });
    expect(adminApi.audit).toHaveBeenNthCalledWith(2, { before: 8, limit: AUDIT_PAGE_SIZE });
    expect(adminApi.audit).toHaveBeenCalledTimes(2);
    expect(store.audit.map((entry) => entry.id)).toEqual([9, 8, 7]);
    expect(store.auditNextBefore).toBeNull();
  });
});

describe('admin store: programme', () => {
  it('loads and saves the rules, keeping what the API answered', async () => {
    vi.mocked(adminApi.programme).mockResolvedValue(rules);
    vi.mocked(adminApi.saveProgramme).mockImplementation((body) => Promise.resolve(body));
    const store = useAdminStore();

    await store.loadProgramme();
    expect(store.programme).toEqual(rules);
    const changed = { ...rules, requestExpiryDays: 21 };
    await store.saveProgramme(changed);
    expect(adminApi.saveProgramme).toHaveBeenCalledWith(changed);
    expect(store.programme).toEqual(changed);
  });
});

describe('admin store: notices', () => {
  it('gives the same sentence a new id, so it is announced again', () => {
    const store = useAdminStore();
    store.announce('Gemt.');
    const first = store.notice?.id;
    store.announce('Gemt.');
    expect(store.notice?.text).toBe('Gemt.');
    expect(store.notice?.id).not.toBe(first);
    store.dismissNotice();
    expect(store.notice).toBeNull();
  });
});

describe('admin store: a new session', () => {
  it('forgets every name, email and report when the coordinator logs out', async () => {
    vi.mocked(adminApi.profiles).mockResolvedValue([newMentee]);
    const auth = useAuthStore();
    auth.$patch({ user: coordinator });
    const store = useAdminStore();
    await store.loadQueue();
    expect(store.queue).toEqual([newMentee]);

    auth.$patch({ user: null });
    await nextTick();
    expect(store.queue).toEqual([]);
  });
});

describe('admin store: mentorships', () => {
  it('loads the mentorships for a filter, and forgets them when she logs out', async () => {
    const quiet = adminMentorship(1, { lastLogDate: null });
    vi.mocked(adminApi.mentorships).mockResolvedValue([quiet]);
    const auth = useAuthStore();
    auth.user = coordinator;
    const store = useAdminStore();

    await store.loadMentorships({ status: 'active', quiet: true });
    expect(adminApi.mentorships).toHaveBeenCalledWith({ status: 'active', quiet: true });
    expect(store.mentorships).toEqual([quiet]);
    expect(store.mentorshipFilter).toEqual({ status: 'active', quiet: true });

    auth.user = null;
    await nextTick();
    expect(store.mentorships).toEqual([]);
  });

  it('keeps the declined and lapsed introductions, newest first, and forgets them on logout', async () => {
    const older = adminIntroduction(1, { status: 'lapsed', openedAt: '2025-04-01T10:00:00.000Z' });
    const newer = adminIntroduction(2, {
      status: 'declined',
      openedAt: '2025-05-01T10:00:00.000Z',
    });
    vi.mocked(adminApi.introductions).mockResolvedValue([
      older,
      adminIntroduction(3, { status: 'open' }),
      adminIntroduction(4, { status: 'confirmed', mentorshipId: adminMentorship(1).id }),
      newer,
    ]);
    const auth = useAuthStore();
    auth.user = coordinator;
    const store = useAdminStore();

    await store.loadIntroductionFollowUps();
    expect(store.introductionFollowUps).toEqual([newer, older]);

    auth.user = null;
    await nextTick();
    expect(store.introductionFollowUps).toEqual([]);
  });
});
