import { fireEvent, screen, within } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { authApi } from '@/features/auth/auth.api';
import { programmeApi } from '@/features/auth/programme.api';
import { ApiError } from '@/lib/http';
import { amina, session } from '@/test/fixtures';
import { summaryLinks } from '@/test/queries';
import { renderInApp } from '@/test/render';
import { profileApi } from '../profile.api';
import { mentorOwn, neverSent, programme, saraProfile } from '../profile.fixtures';
import ProfileEditView from './ProfileEditView.vue';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('@/features/auth/programme.api', () => ({
  programmeApi: { get: vi.fn(), mine: vi.fn() },
}));
vi.mock('../profile.api', () => ({ profileApi: { own: vi.fn(), save: vi.fn() } }));

const sara = {
  ...amina,
  id: '5d0f2c7a-3f1e-4b8a-9c2d-6e7f8a9b0c1d',
  name: 'Sara',
  role: 'mentor' as const,
};

beforeEach(() => {
  sessionStorage.clear();
  vi.mocked(authApi.refresh).mockResolvedValue(session('token', sara));
  vi.mocked(programmeApi.mine).mockResolvedValue(programme);
  vi.mocked(profileApi.own).mockResolvedValue(mentorOwn());
});

async function openEditor() {
  const result = await renderInApp(ProfileEditView, { route: '/my-profile/edit' });
  await screen.findByRole('heading', { level: 2, name: /Trin \d af 7/ });
  return result;
}

const stepHeading = () => screen.getByRole('heading', { level: 2, name: /Trin/ });
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Næste' }));
async function goToStep(step: number) {
  const at = () => Number(/Trin (\d)/.exec(stepHeading().textContent)?.[1]);
  while (at() < step) await next();
  expect(stepHeading()).toHaveTextContent(`Trin ${step} af 7`);
}

describe('the mentor profile editor', () => {
  it('starts from her words that wait for approval, and says text changes are reviewed', async () => {
    vi.mocked(profileApi.own).mockResolvedValue(
      mentorOwn({
        pendingChanges: {
          headline: 'Ny overskrift til mentees',
          about: saraProfile.about,
          jobTitle: saraProfile.jobTitle,
          interests: saraProfile.interests,
        },
      }),
    );
    await openEditor();

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ret din profil');
    expect(screen.getByLabelText('En kort overskrift om dig')).toHaveValue(
      'Ny overskrift til mentees',
    );
    expect(screen.getByText(/skal en koordinator se det først/)).toBeVisible();
  });

  it("offers only the programme's languages, each in one row only", async () => {
    await openEditor();
    await goToStep(3);

    const offered = (row: number) =>
      within(screen.getAllByRole('combobox', { name: 'Sprog' })[row] ?? document.body)
        .getAllByRole('option')
        .map((option) => option.textContent.trim());
    // The programme has Danish, English, Arabic and Somali; English is taken by row 2.
    expect(offered(0)).toEqual(['Vælg et sprog', 'Arabisk', 'Dansk', 'Somali']);
    expect(offered(1)).toEqual(['Vælg et sprog', 'Arabisk', 'Engelsk', 'Somali']);
  });

  it("shows the server's refusal on the step it belongs to, linked to the field", async () => {
    vi.mocked(profileApi.save).mockRejectedValue(
      new ApiError(400, 'validation_failed', 'Some fields are not valid.', [
        {
          field: '/languages/1/code',
          rule: 'enum',
          message: 'is not a language of this programme',
        },
      ]),
    );
    await openEditor();
    await goToStep(7);
    await fireEvent.click(screen.getByRole('button', { name: 'Gem profilen' }));

    const links = await summaryLinks();
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Vælg et af de sprog, der står på listen.', '#mentor-languages-1-code'],
    ]);
    expect(stepHeading()).toHaveTextContent(/Trin 3 af 7.*Sprog/);
    expect(screen.getAllByRole('combobox', { name: 'Sprog' })[1]).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('says kindly when the server is busy, and keeps her on the last step', async () => {
    vi.mocked(profileApi.save).mockRejectedValue(new ApiError(503, 'service_unavailable', 'Busy.'));
    await openEditor();
    await goToStep(7);
    await fireEvent.click(screen.getByRole('button', { name: 'Gem profilen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Mentorbro har travlt lige nu. Prøv igen om lidt.',
    );
    expect(stepHeading()).toHaveTextContent('Trin 7 af 7');
  });

  it('lets a mentor pause her profile and take back a personal fact', async () => {
    vi.mocked(profileApi.save).mockResolvedValue(mentorOwn());
    await openEditor();
    await goToStep(5);
    await fireEvent.click(screen.getByRole('checkbox', { name: /Sæt min profil på pause/ }));
    await goToStep(7);
    // She no longer wants to say whether she has children: the fact is left out.
    const children = screen.getByRole('radiogroup', { name: 'Har du børn?' });
    await fireEvent.click(within(children).getByRole('radio', { name: 'Vil ikke svare' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Gem profilen' }));

    await vi.waitFor(() => {
      expect(profileApi.save).toHaveBeenCalledWith({
        ...saraProfile,
        paused: true,
        personal: {},
      });
    });
  });

  it('asks a new mentor step by step, with no pause switch yet', async () => {
    vi.mocked(profileApi.own).mockResolvedValue(mentorOwn(neverSent));
    await openEditor();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Udfyld din profil');
    await fireEvent.update(screen.getByLabelText('En kort overskrift om dig'), 'Hej');
    await next();

    const links = await summaryLinks();
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#mentor-headline',
      '#mentor-jobTitle',
      '#mentor-about',
    ]);
    expect(screen.getByLabelText('En kort overskrift om dig')).toHaveAccessibleDescription(
      expect.stringContaining('Skriv en kort overskrift på 5 til 120 tegn.'),
    );
  });
});
