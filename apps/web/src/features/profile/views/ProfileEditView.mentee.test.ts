import { fireEvent, screen, within } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { authApi } from '@/features/auth/auth.api';
import { programmeApi } from '@/features/auth/programme.api';
import { amina, session } from '@/test/fixtures';
import { summaryLinks } from '@/test/queries';
import { renderInApp } from '@/test/render';
import { profileApi } from '../profile.api';
import { menteeOwn, neverSent, programme } from '../profile.fixtures';
import ProfileEditView from './ProfileEditView.vue';

vi.mock('@/features/auth/auth.api', () => ({
  authApi: { register: vi.fn(), login: vi.fn(), refresh: vi.fn(), logout: vi.fn(), me: vi.fn() },
}));
vi.mock('@/features/auth/programme.api', () => ({
  programmeApi: { get: vi.fn(), mine: vi.fn() },
}));
vi.mock('../profile.api', () => ({ profileApi: { own: vi.fn(), save: vi.fn() } }));

const DRAFT_KEY = `mentorbro.profile-draft.mentee:${amina.id}`;

beforeEach(() => {
  sessionStorage.clear();
  vi.mocked(authApi.refresh).mockResolvedValue(session('token', amina));
  vi.mocked(programmeApi.mine).mockResolvedValue(programme);
  vi.mocked(profileApi.own).mockResolvedValue(menteeOwn(neverSent));
});

async function openEditor() {
  const result = await renderInApp(ProfileEditView, { route: '/my-profile/edit' });
  await screen.findByRole('heading', { level: 2, name: /(Trin|Step) \d (af|of) 5/ });
  return result;
}

const stepHeading = () => screen.getByRole('heading', { level: 2, name: /Trin|Step/ });
const next = () => fireEvent.click(screen.getByRole('button', { name: 'Næste' }));
const back = () => fireEvent.click(screen.getByRole('button', { name: 'Tilbage' }));
const check = (name: string) => fireEvent.click(screen.getByRole('checkbox', { name }));
const choose = (name: string | RegExp) => fireEvent.click(screen.getByRole('radio', { name }));
const ranking = () =>
  within(screen.getByRole('list', { name: '' }))
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.goal-order__label')?.textContent);

describe('the mentee profile editor', () => {
  it('asks for at least one goal before she goes on, and links the message to the question', async () => {
    await openEditor();
    expect(stepHeading()).toHaveTextContent(/Trin 1 af 5.*Dine mål/);
    await next();

    const links = await summaryLinks();
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Vælg mindst ét mål.', '#mentee-goals'],
    ]);
    expect(stepHeading()).toHaveTextContent('Trin 1 af 5');
    expect(profileApi.save).not.toHaveBeenCalled();
  });

  it('lets her put her goals in her order with buttons, and says where each went', async () => {
    await openEditor();
    await check('Jobsøgning');
    await check('Netværk');
    await check('Øve dansk');
    expect(ranking()).toEqual(['Jobsøgning', 'Netværk', 'Øve dansk']);

    await fireEvent.click(screen.getByRole('button', { name: 'Flyt Øve dansk op' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Flyt Øve dansk op' }));
    expect(ranking()).toEqual(['Øve dansk', 'Jobsøgning', 'Netværk']);
    expect(screen.getByRole('status')).toHaveTextContent('Øve dansk er nu nummer 1 af 3.');
    // At the top, "up" no longer works, so focus is on the button that still does.
    expect(screen.getByRole('button', { name: 'Flyt Øve dansk op' })).toBeDisabled();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Flyt Øve dansk ned' }));

    await check('Jobsøgning');
    expect(ranking()).toEqual(['Øve dansk', 'Netværk']);
  });

  it('moves focus to the next step heading and keeps her answers through a reload', async () => {
    const first = await openEditor();
    await check('Netværk');
    await check('Jobsøgning');
    await next();

    expect(stepHeading()).toHaveTextContent(/Trin 2 af 5.*Arbejde og uddannelse/);
    await vi.waitFor(() => {
      expect(document.activeElement).toBe(stepHeading());
    });
    expect(JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '{}')).toMatchObject({
      step: 1,
      draft: { goals: ['network', 'job_search'] },
    });

    first.unmount();
    await openEditor();
    expect(screen.getByText(/Du fortsætter, hvor du slap/)).toBeVisible();
    expect(stepHeading()).toHaveTextContent('Trin 2 af 5');
    await back();
    expect(ranking()).toEqual(['Netværk', 'Jobsøgning']);
  });

  it('goes back without checking anything', async () => {
    await openEditor();
    await check('Netværk');
    await next();
    await next(); // nothing chosen on step 2: it says what is missing
    expect((await summaryLinks()).map((link) => link.getAttribute('href'))).toEqual([
      '#mentee-educationLevel-primary',
    ]);
    await back();
    expect(stepHeading()).toHaveTextContent('Trin 1 af 5');
  });

  it('sends the whole profile from the last step, clears the draft and shows her profile', async () => {
    vi.mocked(profileApi.save).mockResolvedValue(menteeOwn({ status: 'pending' }));
    const { router } = await openEditor();

    await check('Uddannelse');
    await check('Jobsøgning');
    await next();
    await check('IT');
    await choose(/Bachelor/);
    await fireEvent.update(screen.getByLabelText(/Hvad er du uddannet som/), ' Ingeniør ');
    await next();
    await choose(/B1: Middel/);
    await choose('1-3 år');
    await fireEvent.click(screen.getByRole('button', { name: 'Tilføj et sprog' }));
    const language = screen.getByRole('combobox', { name: 'Sprog' });
    // Danish has its own question, so it is not offered again.
    expect(within(language).queryByRole('option', { name: 'Dansk' })).toBeNull();
    await fireEvent.update(language, 'ar');
    await fireEvent.update(
      screen.getByRole('combobox', { name: 'Hvor godt taler du det?' }),
      'native',
    );
    await next();
    await fireEvent.update(screen.getByLabelText('Hvilken kommune bor du i?'), 'odense');
    expect(screen.getByText('Den ligger i Region Syddanmark.')).toBeVisible();
    await choose(/Både ansigt til ansigt og online/);
    await next();
    expect(stepHeading()).toHaveTextContent(/Trin 5 af 5/);
    await check('En mentor, der er kvinde');
    await fireEvent.click(screen.getByRole('button', { name: 'Send profilen' }));

    await vi.waitFor(() => {
      expect(router.currentRoute.value.name).toBe('profile');
    });
    expect(profileApi.save).toHaveBeenCalledWith({
      goals: ['education', 'job_search'],
      desiredFields: ['it'],
      educationLevel: 'bachelor',
      educationField: 'Ingeniør',
      yearsInDenmark: '1_3',
      danishLevel: 'B1',
      otherLanguages: [{ code: 'ar', level: 'native' }],
      municipality: 'odense',
      meetingMode: 'both',
      wishes: { woman: true, sharedLanguage: false, migrantBackground: false },
    });
    expect(sessionStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('speaks English when she chose English, catalogue labels included', async () => {
    vi.mocked(authApi.refresh).mockResolvedValue(session('token', { ...amina, locale: 'en' }));
    await openEditor();
    expect(stepHeading()).toHaveTextContent(/Step 1 of 5.*Your goals/);
    expect(screen.getByRole('checkbox', { name: 'Practise Danish' })).toBeVisible();
    await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    const summary = await screen.findByRole('heading', { name: 'Please fix this:' });
    expect(summary.parentElement).toHaveTextContent('Choose at least one goal.');
  });
});
