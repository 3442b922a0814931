import { screen } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { authApi } from '@/features/auth/auth.api';
import { aminaView } from '@/features/profile/profile.fixtures';
import { ApiError } from '@/lib/http';
import { amina, session } from '@/test/fixtures';
import { renderInApp } from '@/test/render';
import { menteesApi } from '../mentees.api';
import MenteeView from './MenteeView.vue';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('../mentees.api', () => ({ menteesApi: { get: vi.fn() } }));
vi.mock('@/features/reports/reports.api', () => ({ reportsApi: { create: vi.fn() } }));

const coordinator = {
  ...amina,
  id: '9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  name: 'Kirsten',
  role: 'admin' as const,
};
const mentor = {
  ...amina,
  id: '5d0f2c7a-3f1e-4b8a-9c2d-6e7f8a9b0c1d',
  name: 'Sara',
  role: 'mentor' as const,
};

const open = () => renderInApp(MenteeView, { route: `/mentees/${aminaView.id}` });

describe('a mentee’s page', () => {
  beforeEach(() => {
    vi.mocked(authApi.refresh).mockResolvedValue(session('token', coordinator));
  });

  it('shows her goals in her order, her languages and her wishes', async () => {
    vi.mocked(menteesApi.get).mockResolvedValue(aminaView);
    await open();

    expect(await screen.findByRole('heading', { level: 1, name: 'Amina' })).toBeVisible();
    const goals = screen.getByRole('heading', { name: 'Mål' }).parentElement;
    expect([...(goals?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Jobsøgning',
      'Øve dansk',
    ]);
    expect(screen.getByText('Arabisk: Modersmål')).toBeVisible();
    expect(screen.getByText('En mentor, der er kvinde')).toBeVisible();
    // Coordinators act on their own; the report button is for mentors she asked.
    expect(screen.queryByRole('button', { name: 'Anmeld profilen' })).toBeNull();
  });

  it('lets a mentor she asked report the profile', async () => {
    vi.mocked(authApi.refresh).mockResolvedValue(session('token', mentor));
    vi.mocked(menteesApi.get).mockResolvedValue(aminaView);
    await open();
    expect(await screen.findByRole('button', { name: 'Anmeld profilen' })).toBeVisible();
  });

  it('says the same kind "not found" to anyone who may not see her', async () => {
    vi.mocked(menteesApi.get).mockRejectedValue(new ApiError(404, 'not_found', 'No.'));
    await open();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vi kan ikke finde profilen' }),
    ).toBeVisible();
    expect(screen.getByText(/kan kun ses af koordinatorerne/)).toBeVisible();
  });
});
