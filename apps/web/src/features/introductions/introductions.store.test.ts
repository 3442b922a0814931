import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAuthStore } from '@/features/auth/auth.store';
import { ApiError } from '@/lib/http';
import { amina } from '@/test/fixtures';
import { introductionsApi } from './introductions.api';
import { useIntroductionsStore } from './introductions.store';
import { introduction, introductionId } from './test/introductions-fixtures';

vi.mock('./introductions.api', async () =>
  (await import('./test/introductions-api-mock')).introductionsApiMock(),
);

beforeEach(() => {
  setActivePinia(createPinia());
});

describe('the introductions store', () => {
  it('keeps the introduction she opened, and each answer the API gives', async () => {
    const open = introduction();
    const answered = introduction({ myAnswer: 'continue' });
    vi.mocked(introductionsApi.get).mockResolvedValue(open);
    vi.mocked(introductionsApi.confirm).mockResolvedValue(answered);
    const store = useIntroductionsStore();

    await store.load(introductionId);
    expect(store.current).toEqual(open);

    await expect(store.confirm(introductionId)).resolves.toBe('done');
    expect(introductionsApi.confirm).toHaveBeenCalledWith(introductionId);
    expect(store.current).toEqual(answered);
  });

  it('sends the note when she says it is not a match', async () => {
    const declined = introduction({ status: 'declined', myAnswer: 'not_a_match' });
    vi.mocked(introductionsApi.decline).mockResolvedValue(declined);
    const store = useIntroductionsStore();

    await expect(store.decline(introductionId, { note: 'Vi bor for langt væk.' })).resolves.toBe(
      'done',
    );
    expect(introductionsApi.decline).toHaveBeenCalledWith(introductionId, {
      note: 'Vi bor for langt væk.',
    });
    expect(store.current).toEqual(declined);
  });

  it('reads it again when it had already moved on', async () => {
    const lapsed = introduction({ status: 'lapsed' });
    vi.mocked(introductionsApi.get).mockResolvedValue(lapsed);
    vi.mocked(introductionsApi.confirm).mockRejectedValue(
      new ApiError(409, 'invalid_transition', 'A lapsed introduction cannot become confirmed.'),
    );
    const store = useIntroductionsStore();

    await expect(store.confirm(introductionId)).resolves.toBe('stale');
    expect(store.current).toEqual(lapsed);
  });

  it('lets other failures through', async () => {
    const busy = new ApiError(503, 'service_unavailable', 'Busy.');
    vi.mocked(introductionsApi.confirm).mockRejectedValue(busy);
    const store = useIntroductionsStore();
    await expect(store.confirm(introductionId)).rejects.toBe(busy);
  });

  it('forgets the contact details when someone else logs in on the phone', async () => {
    vi.mocked(introductionsApi.get).mockResolvedValue(introduction());
    const auth = useAuthStore();
    auth.user = amina;
    const store = useIntroductionsStore();
    await store.load(introductionId);

    auth.user = null;
    await vi.waitFor(() => {
      expect(store.current).toBeNull();
    });
  });
});
