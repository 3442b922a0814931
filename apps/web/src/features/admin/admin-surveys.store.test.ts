import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { useAuthStore } from '@/features/auth/auth.store';
import { adminApi } from './admin.api';
import { useAdminSurveysStore } from './admin-surveys.store';
import { coordinator } from './test/admin-fixtures';
import { savedVersion, surveysFixture } from './test/survey-fixtures';

vi.mock('./admin.api', async () => (await import('./test/admin-api-mock')).adminApiMock());

beforeEach(() => {
  setActivePinia(createPinia());
});

describe('admin surveys store', () => {
  it('reads the forms once for pages that only need their words', async () => {
    vi.mocked(adminApi.surveys).mockResolvedValue(surveysFixture());
    const store = useAdminSurveysStore();

    await store.ensureSurveys();
    await store.ensureSurveys();

    expect(adminApi.surveys).toHaveBeenCalledTimes(1);
    expect(store.definition('mentor_end')?.version).toBe(1);
  });

  it('keeps the saved version, and forgets the forms when she logs out', async () => {
    const saved = savedVersion('mentee_end');
    vi.mocked(adminApi.surveys).mockResolvedValue(surveysFixture());
    vi.mocked(adminApi.saveSurvey).mockResolvedValue(saved);
    const auth = useAuthStore();
    auth.user = coordinator;
    const store = useAdminSurveysStore();
    await store.loadSurveys();

    const body = { intro: saved.intro, questions: saved.questions };
    await expect(store.saveSurvey('mentee_end', body)).resolves.toEqual(saved);
    expect(adminApi.saveSurvey).toHaveBeenCalledWith('mentee_end', body);
    expect(store.definition('mentee_end')?.version).toBe(2);
    expect(store.definitions).toHaveLength(3);

    auth.user = null;
    await nextTick();
    expect(store.definitions).toBeNull();
  });
});
