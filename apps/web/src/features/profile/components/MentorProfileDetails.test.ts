import { screen } from '@testing-library/vue';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { authApi } from '@/features/auth/auth.api';
import { setLocale } from '@/i18n';
import { noSession } from '@/test/fixtures';
import { renderInApp } from '@/test/render';
import { saraProfile, saraPublic } from '../profile.fixtures';
import { loadProfileMessages } from '../profile.messages';
import MentorProfileDetails from './MentorProfileDetails.vue';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));

beforeAll(loadProfileMessages);
beforeEach(() => {
  vi.mocked(authApi.refresh).mockRejectedValue(noSession());
});
afterEach(() => setLocale('da', { save: false }));

type Shown = InstanceType<typeof MentorProfileDetails>['$props']['profile'];

const renderDetails = (profile: Shown) =>
  renderInApp(defineComponent(() => () => h(MentorProfileDetails, { profile, level: 2 })));

/** The quiet line about answers and activity, read whole as she sees it; null when none. */
const activityLine = () =>
  screen.queryByText(
    (_text, element) =>
      element?.tagName === 'P' && /^(Svarer|Aktiv|Usually|Active)/.test(element.textContent.trim()),
  );

describe('the activity line on a mentor’s page', () => {
  it('says how quickly she answers and when she was last here', async () => {
    await renderDetails(saraPublic);
    expect(activityLine()).toHaveTextContent(
      /^Svarer som regel inden for 3 dage · Aktiv i denne uge$/,
    );
  });

  it('leaves out how quickly she answers until it is known', async () => {
    await renderDetails({ ...saraPublic, answerDays: null, lastActive: 'older' });
    expect(activityLine()).toHaveTextContent(/^Aktiv for mere end en måned siden$/);
  });

  it('says nothing, not “unknown”, when neither is known', async () => {
    await renderDetails({ ...saraPublic, answerDays: null, lastActive: null });
    expect(screen.getByText(saraPublic.about)).toBeVisible();
    expect(activityLine()).toBeNull();
  });

  it('is not in her own preview, which has neither', async () => {
    await renderDetails(saraProfile);
    expect(screen.getByText(saraProfile.about)).toBeVisible();
    expect(activityLine()).toBeNull();
  });

  it('speaks English', async () => {
    await setLocale('en', { save: false });
    await renderDetails({ ...saraPublic, answerDays: 1, lastActive: 'today' });
    expect(activityLine()).toHaveTextContent(/^Usually answers within 1 day · Active today$/);
  });
});
