import type { MentorCard } from '@mentorbro/core/search';
import { screen, within } from '@testing-library/vue';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { authApi } from '@/features/auth/auth.api';
import { setLocale } from '@/i18n';
import { noSession } from '@/test/fixtures';
import { renderInApp } from '@/test/render';
import { loadSearchMessages } from '../search.messages';
import { mentorCard } from '../test/search-fixtures';
import SearchCard from './SearchCard.vue';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));

beforeAll(loadSearchMessages);
beforeEach(() => {
  vi.mocked(authApi.refresh).mockRejectedValue(noSession());
});
afterEach(() => setLocale('da', { save: false }));

/** One card alone; returns queries inside it. */
async function renderCard(mentor: MentorCard) {
  await renderInApp(defineComponent(() => () => h(SearchCard, { mentor })));
  return within(screen.getByRole('article'));
}

/** The quiet line about answers and activity, read whole as she sees it; null when none. */
const activityLine = (card: Awaited<ReturnType<typeof renderCard>>) =>
  card.queryByText(
    (_text, element) =>
      element?.tagName === 'P' && /^(Svarer|Aktiv|Usually|Active)/.test(element.textContent.trim()),
  );

describe('the activity line on a mentor card', () => {
  it.each([
    [3, 'week', 'Svarer som regel inden for 3 dage · Aktiv i denne uge'],
    [1, 'today', 'Svarer som regel inden for 1 dag · Aktiv i dag'],
    [null, 'month', 'Aktiv i denne måned'],
    [null, 'older', 'Aktiv for mere end en måned siden'],
    [5, null, 'Svarer som regel inden for 5 dage'],
  ] as const)('answers in %s days, active %s: “%s”', async (answerDays, lastActive, text) => {
    const card = await renderCard(mentorCard({ answerDays, lastActive }));
    expect(activityLine(card)).toHaveTextContent(new RegExp(`^${text}$`));
  });

  it('shows nothing, not “unknown”, when neither is known', async () => {
    const card = await renderCard(mentorCard({ answerDays: null, lastActive: null }));
    expect(activityLine(card)).toBeNull();
    expect(card.getByText('2 ledige pladser')).toBeVisible();
  });

  it('speaks English', async () => {
    await setLocale('en', { save: false });
    const card = await renderCard(mentorCard({ answerDays: 2, lastActive: 'older' }));
    expect(activityLine(card)).toHaveTextContent(
      /^Usually answers within 2 days · Active more than a month ago$/,
    );
  });
});
