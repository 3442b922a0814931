import { SurveyDefinitionBody, type SurveyDefinition } from '@mentorbro/core/survey';
import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import { definitionProblems } from '@mentorbro/core/survey-rules';
import { validate } from '@mentorbro/core/validation';
import { fireEvent, screen, waitFor, within } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/i18n';
import { ApiError } from '@/lib/http';
import { summaryLinks } from '@/test/queries';
import { adminApi } from '../admin.api';
import { announced, at } from '../test/announced';
import { renderAdmin } from '../test/render-admin';
import { savedVersion, surveysFixture } from '../test/survey-fixtures';

vi.mock('@/features/auth/auth.api', async () =>
  (await import('../test/admin-api-mock')).authApiMock(),
);
vi.mock('../admin.api', async () => (await import('../test/admin-api-mock')).adminApiMock());

beforeEach(() => {
  vi.mocked(adminApi.surveys).mockResolvedValue(surveysFixture());
  // The API numbers the new version and gives the form back as sent.
  vi.mocked(adminApi.saveSurvey).mockImplementation((form, body) =>
    Promise.resolve({ form, version: 2, ...body }),
  );
});

const question = (n: number) => screen.getByRole('group', { name: `Spørgsmål ${n}` });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Gem ny version' }));

/** The body of the last form sent, checked as the API would check it. */
function sentBody(): SurveyDefinitionBody {
  const call = vi.mocked(adminApi.saveSurvey).mock.lastCall;
  if (!call) throw new Error('Nothing was sent');
  const [form, body] = call;
  expect(validate(SurveyDefinitionBody, body)).toEqual([]);
  expect(definitionProblems(form, body)).toEqual([]);
  return body;
}

describe('SurveysView', () => {
  it('lists the three forms with their versions, and opens the one in the address', async () => {
    vi.mocked(adminApi.surveys).mockResolvedValue(
      surveysFixture({ mentee_end: savedVersion('mentee_end') }),
    );
    const { router } = await renderAdmin('/admin/surveys?form=mentor_end');

    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(
      'Slut: mentor, version 1',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Spørgeskemaer' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Spørgeskemaer' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const forms = within(screen.getByRole('navigation', { name: 'Spørgeskema' }));
    expect(forms.getAllByRole('link').map((link) => link.textContent.trim())).toEqual([
      'Start: mentee (version 1)',
      'Slut: mentee (version 2)',
      'Slut: mentor (version 1)',
    ]);
    expect(forms.getByRole('link', { name: 'Slut: mentor (version 1)' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    await fireEvent.click(forms.getByRole('link', { name: 'Start: mentee (version 1)' }));

    await waitFor(() => {
      expect(router.currentRoute.value.query).toEqual({ form: 'mentee_start' });
    });
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(
      'Start: mentee, version 1',
    );
    expect(within(question(1)).getByLabelText('Spørgsmålet på dansk')).toHaveValue(
      'Hvad er svært for dig lige nu?',
    );
  });

  it('sends the whole form with her change, and says which version it became', async () => {
    await renderAdmin('/admin/surveys?form=mentee_end');
    const english = within(
      await screen.findByRole('group', { name: 'Spørgsmål 2' }),
    ).getByLabelText('Spørgsmålet på engelsk');
    expect(english).toHaveValue('How well did you and your mentor fit together?');

    await fireEvent.update(english, ' How well did you two fit together? ');
    await save();

    await announced(
      'Gemt som version 2. Nye spørgeskemaer bruger den; dem, der allerede er sendt ud, beholder deres version.',
    );
    const first = DEFAULT_SURVEYS.mentee_end;
    expect(adminApi.saveSurvey).toHaveBeenCalledWith('mentee_end', {
      intro: first.intro,
      questions: first.questions.map((item) =>
        item.id === 'satisfaction'
          ? { ...item, label: { ...item.label, en: 'How well did you two fit together?' } }
          : item,
      ),
    });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Slut: mentee, version 2');
    expect(screen.getByRole('link', { name: 'Slut: mentee (version 2)' })).toBeVisible();
  });

  it("locks the funders' questions and options, and lets her remove the others", async () => {
    await renderAdmin('/admin/surveys?form=mentee_start');
    const challenges = within(await screen.findByRole('group', { name: 'Spørgsmål 1' }));
    const locked = 'Bruges i tallene til fonde – kan ikke fjernes';

    // The question and its five counted options are locked; the other three may go.
    expect(challenges.queryByRole('button', { name: /^Fjern spørgsmål/ })).toBeNull();
    expect(challenges.getAllByText(locked)).toHaveLength(6);
    expect(
      challenges
        .getAllByRole('button', { name: /^Fjern svarmulighed/ })
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Fjern svarmulighed 6', 'Fjern svarmulighed 7', 'Fjern svarmulighed 8']);
    expect(within(question(2)).queryByText(locked)).toBeNull();

    await fireEvent.click(challenges.getByRole('button', { name: 'Fjern svarmulighed 8' }));
    await announced('Svarmuligheden er fjernet.');
    expect(document.activeElement).toBe(
      challenges.getByRole('button', { name: 'Tilføj en svarmulighed' }),
    );

    await fireEvent.click(within(question(2)).getByRole('button', { name: 'Fjern spørgsmål 2' }));
    await announced('Spørgsmålet er fjernet.');
    // Focus goes to the question that took its place.
    expect(document.activeElement).toBe(question(2));
    expect(within(question(2)).getByLabelText('Spørgsmålet på dansk')).toHaveValue(
      'Hvor sikker er du på, at du kan nå dit mål?',
    );

    await save();
    await announced('Gemt som version 2.');
    const body = sentBody();
    expect(body.questions.map((item) => item.id)).toEqual(['challenges', 'belief']);
    expect(at(body.questions, 0).options?.map((option) => option.id)).not.toContain('other');
  });

  it('adds an option with an id made from its Danish words', async () => {
    await renderAdmin('/admin/surveys?form=mentee_end');
    const worked = within(await screen.findByRole('group', { name: 'Spørgsmål 3' }));

    await fireEvent.click(worked.getByRole('button', { name: 'Tilføj en svarmulighed' }));

    const danish = worked.getByLabelText('Svarmulighed 8 på dansk');
    await waitFor(() => {
      expect(document.activeElement).toBe(danish);
    });
    await fireEvent.update(danish, 'Vi mødtes på en café – næsten hver uge!');
    await fireEvent.update(worked.getByLabelText('Svarmulighed 8 på engelsk'), 'We met at a café');
    await save();

    await announced('Gemt som version 2.');
    const options = at(sentBody().questions, 2).options ?? [];
    expect(options).toHaveLength(8);
    expect(options.at(-1)).toEqual({
      id: 'vi_moedtes_paa_en_cafe_naesten_hver_uge',
      label: { da: 'Vi mødtes på en café – næsten hver uge!', en: 'We met at a café' },
    });
  });

  it('adds a new question, moves it up and sends it with the rest', async () => {
    await renderAdmin('/admin/surveys?form=mentor_end');
    await screen.findByRole('group', { name: 'Spørgsmål 3' });

    await fireEvent.click(screen.getByLabelText('Skala fra 1 til 5'));
    await fireEvent.click(screen.getByRole('button', { name: 'Tilføj spørgsmålet' }));

    await announced('Spørgsmål 4 er tilføjet sidst i skemaet.');
    const added = within(question(4));
    expect(document.activeElement).toBe(added.getByLabelText('Spørgsmålet på dansk'));
    await fireEvent.update(
      added.getByLabelText('Spørgsmålet på dansk'),
      'Vil du være mentor igen?',
    );
    await fireEvent.update(
      added.getByLabelText('Spørgsmålet på engelsk'),
      'Would you be a mentor again?',
    );
    await fireEvent.click(added.getByRole('button', { name: 'Flyt op: spørgsmål 4' }));

    await announced('Spørgsmålet er flyttet. Det er nu spørgsmål 3.');
    expect(document.activeElement).toBe(
      within(question(3)).getByRole('button', { name: 'Flyt op: spørgsmål 3' }),
    );
    await save();
    await announced('Gemt som version 2.');
    expect(sentBody().questions.map((item) => item.id)).toEqual([
      'satisfaction',
      'worked',
      'vil_du_vaere_mentor_igen',
      'hard',
    ]);
  });

  it("checks the words with core's schema before sending", async () => {
    await renderAdmin('/admin/surveys?form=mentor_end');
    const label = within(await screen.findByRole('group', { name: 'Spørgsmål 2' })).getByLabelText(
      'Spørgsmålet på dansk',
    );

    await fireEvent.update(label, '   ');
    await fireEvent.update(
      within(question(2)).getByLabelText('Svarmulighed 1 på engelsk'),
      'Good\trelation',
    );
    await fireEvent.update(screen.getByLabelText('Introduktionen på engelsk'), 'x'.repeat(301));
    await save();

    const links = await summaryLinks();
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Introduktionen: Teksten må højst have 300 tegn.', '#survey-intro-en'],
      ['Spørgsmål 2: Skriv teksten på dansk.', '#survey-questions-1-label-da'],
      [
        'Spørgsmål 2, svarmulighed 1: Skriv teksten på én linje.',
        '#survey-questions-1-options-0-label-en',
      ],
    ]);
    expect(label).toHaveAttribute('aria-invalid', 'true');
    expect(label).toHaveAccessibleDescription('Skriv teksten på dansk.');
    expect(adminApi.saveSurvey).not.toHaveBeenCalled();

    // The message follows her typing once she has tried to save.
    await fireEvent.update(label, 'Hvad gik godt?');
    expect(label).not.toHaveAttribute('aria-invalid');
  });

  it("shows what core's rules find before sending, and helps her fix it", async () => {
    // Saved before the funders counted internships: the option is not in this version.
    const older: SurveyDefinition = savedVersion('mentee_end', (definition) => {
      const outcomes = at(definition.questions, 0);
      outcomes.options = outcomes.options?.filter((option) => option.id !== 'internship');
    });
    vi.mocked(adminApi.surveys).mockResolvedValue(surveysFixture({ mentee_end: older }));
    await renderAdmin('/admin/surveys?form=mentee_end');
    const outcomes = within(await screen.findByRole('group', { name: 'Spørgsmål 1' }));

    await save();

    const message = 'Nogle af de svarmuligheder, som fondene tæller, mangler. Tilføj dem igen.';
    const links = await summaryLinks();
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [`Spørgsmål 1: ${message}`, '#survey-questions-0-options'],
    ]);
    expect(outcomes.getByRole('group', { name: 'Svarmuligheder' })).toHaveAccessibleDescription(
      message,
    );
    expect(adminApi.saveSurvey).not.toHaveBeenCalled();
    expect(outcomes.getByText(/men de mangler her: Jeg har fået en praktik\./)).toBeVisible();

    await fireEvent.click(outcomes.getByRole('button', { name: 'Tilføj dem igen' }));
    await save();

    await announced('Gemt som version 2.');
    const options = at(sentBody().questions, 0).options ?? [];
    expect(options.at(-1)).toEqual({
      id: 'internship',
      label: { da: 'Jeg har fået en praktik', en: 'I got an internship' },
    });
  });

  it("shows the API's objections next to the field, or in the form's alert", async () => {
    vi.mocked(adminApi.saveSurvey).mockRejectedValue(
      new ApiError(400, 'validation_failed', 'Invalid body.', [
        { field: '/questions/2/options', rule: 'duplicate', message: 'x' },
        { field: '/questions/satisfaction', rule: 'missing_indicator', message: 'x' },
      ]),
    );
    await renderAdmin('/admin/surveys?form=mentor_end');
    await screen.findByRole('group', { name: 'Spørgsmål 3' });

    await save();

    const links = await summaryLinks();
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [
        'Spørgsmål 3: To svarmuligheder har den samme kode. Giv den nye svarmulighed en anden dansk tekst.',
        '#survey-questions-2-options',
      ],
    ]);
    expect(
      within(question(3)).getByRole('group', { name: 'Svarmuligheder' }),
    ).toHaveAccessibleDescription(/To svarmuligheder har den samme kode/);
    const alert = within(screen.getByRole('alert'));
    expect(alert.getByText('Spørgeskemaet kan ikke gemmes sådan:')).toBeVisible();
    expect(alert.getByRole('listitem')).toHaveTextContent(
      'Et spørgsmål, som fondene tæller, mangler (satisfaction). Hent siden igen, og prøv igen.',
    );
  });

  it('says so when saving fails for another reason, and keeps her changes', async () => {
    vi.mocked(adminApi.saveSurvey).mockRejectedValue(new ApiError(403, 'forbidden', 'No.'));
    await renderAdmin('/admin/surveys?form=mentor_end');
    const label = within(await screen.findByRole('group', { name: 'Spørgsmål 1' })).getByLabelText(
      'Spørgsmålet på dansk',
    );
    await fireEvent.update(label, 'Hvordan gik det?');

    await save();

    expect(await screen.findByRole('alert')).toHaveTextContent('Du har ikke adgang til det her.');
    expect(label).toHaveValue('Hvordan gik det?');
  });

  it('asks before another form replaces changes she has not saved', async () => {
    // The browser's own question (happy-dom has none).
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    const { router } = await renderAdmin('/admin/surveys?form=mentor_end');
    const label = within(await screen.findByRole('group', { name: 'Spørgsmål 1' })).getByLabelText(
      'Spørgsmålet på dansk',
    );
    await fireEvent.update(label, 'Hvordan gik det?');

    await router.push({ name: 'admin-surveys', query: { form: 'mentee_end' } });
    expect(confirm).toHaveBeenCalledWith(
      'Du har ændringer i spørgeskemaet, som ikke er gemt. Vil du gå fra dem?',
    );
    expect(router.currentRoute.value.query).toEqual({ form: 'mentor_end' });
    expect(label).toHaveValue('Hvordan gik det?');

    await fireEvent.click(screen.getByRole('button', { name: 'Fortryd ændringerne' }));
    await announced('Ændringerne er fortrudt.');
    await router.push({ name: 'admin-surveys', query: { form: 'mentee_end' } });
    expect(router.currentRoute.value.query).toEqual({ form: 'mentee_end' });
    expect(confirm).toHaveBeenCalledTimes(1);
  });

  it('speaks English when she chose English', async () => {
    await renderAdmin('/admin/surveys?form=mentor_end');
    await screen.findByRole('group', { name: 'Spørgsmål 1' });
    await setLocale('en', { save: false });

    expect(await screen.findByRole('heading', { level: 1, name: 'Surveys' })).toBeVisible();
    const worked = within(screen.getByRole('group', { name: 'Question 2' }));
    expect(worked.getByLabelText('The question in English')).toHaveValue('What worked well?');
    expect(worked.getByLabelText('The help text in Danish (optional)')).toHaveValue(
      'Vælg alle, der passer.',
    );
    expect(worked.getByText('Used in the numbers for funders – cannot be removed')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Save new version' })).toBeVisible();
  });
});
