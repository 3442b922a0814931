import type { User } from '@mentorbro/core/user';
import { screen } from '@testing-library/vue';
import { describe, expect, it, vi } from 'vitest';
import { authApi } from '@/features/auth/auth.api';
import { amina, session } from '@/test/fixtures';
import { renderInApp } from '@/test/render';
import HomeView from './HomeView.vue';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));

async function renderFor(user: User) {
  vi.mocked(authApi.refresh).mockResolvedValue(session('token', user));
  vi.mocked(authApi.me).mockResolvedValue(user);
  await renderInApp(HomeView, { route: '/my-page' });
}

describe('HomeView', () => {
  it('greets a mentee by name and says what comes next', async () => {
    await renderFor(amina);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hej Amina!');
    expect(screen.getByText('Her kan du snart finde en mentor.')).toBeVisible();
    expect(screen.getByText('Du spørger selv den mentor, du gerne vil have.')).toBeVisible();
  });

  it('thanks a mentor', async () => {
    await renderFor({ ...amina, name: 'Sara', role: 'mentor' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hej Sara!');
    expect(screen.getByText(/Tak, fordi du vil være mentor/)).toBeVisible();
  });

  it('tells a coordinator what she will be able to do', async () => {
    await renderFor({ ...amina, name: 'Sara', role: 'admin' });
    expect(screen.getByText(/Du er koordinator/)).toBeVisible();
    expect(screen.getByText('Du godkender nye profiler.')).toBeVisible();
  });
});
