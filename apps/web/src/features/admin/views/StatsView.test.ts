import { fireEvent, screen, waitFor, within } from '@testing-library/vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { adminApi } from '../admin.api';
import { at } from '../test/announced';
import { renderAdmin } from '../test/render-admin';
import { statsFixture } from '../test/stats-fixtures';
import { savedVersion, surveysFixture } from '../test/survey-fixtures';

vi.mock('@/features/auth/auth.api', async () =>
  (await import('../test/admin-api-mock')).authApiMock(),
);
vi.mock('../admin.api', async () => (await import('../test/admin-api-mock')).adminApiMock());

beforeEach(() => {
  vi.mocked(adminApi.stats).mockResolvedValue(statsFixture());
  vi.mocked(adminApi.surveys).mockResolvedValue(surveysFixture());
});

const tooFew = 'For få til at vise';

/** The cells of the row a table names `name` (its row header). */
function row(table: HTMLElement, name: string) {
  const header = within(table).getByRole('rowheader', { name });
  const found = header.closest('tr');
  if (!found) throw new Error(`No row for ${name}`);
  return within(found)
    .getAllByRole('cell')
    .map((cell) => cell.textContent.trim());
}

/** The CSV a "download" button hands the browser, and the file's name. */
async function downloaded(button: HTMLElement) {
  const blobs: Blob[] = [];
  const names: string[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    if (blob instanceof Blob) blobs.push(blob);
    return 'blob:stats';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  await fireEvent.click(button);
  const blob = at(blobs, 0);
  expect(blob.type).toBe('text/csv;charset=utf-8');
  return { csv: (await blob.text()).replace(/^\uFEFF/, ''), name: at(names, 0) };
}

describe('StatsView', () => {
  it('shows the figures of the period', async () => {
    const { router } = await renderAdmin('/admin/stats');

    expect(await screen.findByRole('heading', { level: 1, name: 'Tal' })).toBeVisible();
    expect(
      await screen.findByText(
        'Tal fra 1. januar 2026 til 24. november 2026. Region: Alle regioner.',
      ),
    ).toBeVisible();
    expect(adminApi.stats).toHaveBeenCalledWith({});
    expect(screen.getByRole('link', { name: 'Tal' })).toHaveAttribute('aria-current', 'page');
    expect(router.currentRoute.value.name).toBe('admin-stats');

    const matching = within(screen.getByRole('list', { name: 'Nøgletal for matchning' }));
    const [median, acceptance, expired] = matching.getAllByRole('listitem');
    expect(median).toHaveTextContent(/^12 dage fra godkendelse til første match \(median\)/);
    expect(acceptance).toHaveTextContent(/^62 % af forespørgslerne fik ja/);
    expect(acceptance).toHaveTextContent('80 fik ja, 38 fik nej, og 12 udløb uden svar.');
    expect(expired).toHaveTextContent(/^12 forespørgsler udløb uden svar/);
    expect(expired).toHaveTextContent('Ud af 130 forespørgsler sendt i perioden.');

    const mentorships = within(screen.getByRole('list', { name: 'Mentorforløb' }));
    expect(mentorships.getAllByRole('listitem').map((item) => item.textContent.trim())).toEqual([
      '45 forløb er i gang nu',
      '7 af dem er stille nu',
      '30 forløb sluttede som planlagt i perioden',
      '4 forløb sluttede før tid i perioden',
    ]);

    const funnel = screen.getByRole('table', { name: 'Menteer fra tilmelding til første match' });
    expect(row(funnel, 'Oprettede sig')).toEqual(['120', '100 %']);
    expect(row(funnel, 'Fik et match')).toEqual(['60', '50 %']);
    const months = screen.getByRole('table', { name: 'Nye forløb og møder pr. måned' });
    expect(row(months, 'mar. 2026')).toEqual(['14', '61']);

    const outcomes = within(screen.getByRole('list', { name: 'Menteernes svar i tal' }));
    expect(outcomes.getByText('32')).toBeVisible();
    expect(outcomes.getByText('85 %')).toBeVisible();
  });

  it('says "too few to show" wherever a group is too small, and why', async () => {
    await renderAdmin('/admin/stats');

    expect(
      await screen.findByText(
        'Vi viser kun antal, når mindst 5 har svaret, og kun en andel, når mindst 5 har svaret ja og mindst 5 nej. Så kan ingen genkendes.',
      ),
    ).toBeVisible();
    const outcomes = screen.getByRole('table', { name: 'Menteernes svar, når forløbet slutter' });
    expect(row(outcomes, 'Fik en praktik')).toEqual([tooFew]);
    expect(row(outcomes, 'Fik et job')).toEqual(['44 %']);

    const background = screen.getByRole('table', { name: 'Menteernes udfald efter baggrund' });
    expect(row(background, '25-34 år')).toEqual(['Alder', '14', '50 %', '21 %', '86 %', '86 %']);
    expect(row(background, '65 år eller mere')).toEqual(['Alder', ...Array(5).fill(tooFew)]);

    const worked = screen.getByRole('table', { name: 'Hvad virkede godt: Menteer' });
    expect(row(worked, 'Min mentor lyttede og var nysgerrig')).toEqual(['75 %']);
    expect(row(worked, 'Min mentor gav sig tid')).toEqual([tooFew]);

    // The mentors' group is too small as a whole: no table, the words instead.
    const mentors = within(screen.getByRole('list', { name: 'Mentorer: svar i tal' }));
    expect(mentors.getAllByText(tooFew)).toHaveLength(2);
    expect(screen.getByText('Hvad virkede godt: Mentorer:').parentElement).toHaveTextContent(
      `Hvad virkede godt: Mentorer: ${tooFew}`,
    );
  });

  it("names the options in the programme's own words, its own options too", async () => {
    // Version 2 rewords "listened", adds an option and drops "took_time" (answered earlier).
    const menteeEnd = savedVersion('mentee_end', (definition) => {
      const worked = at(definition.questions, 2);
      worked.options = [
        { id: 'listened', label: { da: 'Min mentor lyttede til mig', en: 'My mentor listened' } },
        { id: 'coffee', label: { da: 'Vi mødtes over en kop kaffe', en: 'We met over coffee' } },
      ];
    });
    vi.mocked(adminApi.surveys).mockResolvedValue(surveysFixture({ mentee_end: menteeEnd }));
    vi.mocked(adminApi.stats).mockResolvedValue(
      statsFixture({
        mentees: {
          answers: 32,
          satisfied: 0.845,
          worked: [
            { option: 'listened', share: 0.75 },
            { option: 'coffee', share: 0.5 },
            { option: 'took_time', share: 0.3 },
            { option: 'walks_in_the_park', share: 0.2 },
          ],
          hard: [],
        },
      }),
    );
    await renderAdmin('/admin/stats');

    const worked = await screen.findByRole('table', { name: 'Hvad virkede godt: Menteer' });
    expect(row(worked, 'Min mentor lyttede til mig')).toEqual(['75 %']);
    expect(row(worked, 'Vi mødtes over en kop kaffe')).toEqual(['50 %']);
    // Not in the current version: the first version's words, else the id made readable.
    expect(row(worked, 'Min mentor gav sig tid')).toEqual(['30 %']);
    expect(row(worked, 'walks in the park')).toEqual(['20 %']);
    expect(adminApi.surveys).toHaveBeenCalledTimes(1);

    // A new period needs new numbers, not new words.
    await fireEvent.update(screen.getByRole('combobox', { name: 'Region' }), 'syddanmark');
    await waitFor(() => {
      expect(adminApi.stats).toHaveBeenCalledTimes(2);
    });
    expect(adminApi.surveys).toHaveBeenCalledTimes(1);
  });

  it('downloads the outcomes as CSV, with the same words and whole percents', async () => {
    await renderAdmin('/admin/stats');

    await screen.findByRole('table', { name: 'Menteernes svar, når forløbet slutter' });
    const { csv, name } = await downloaded(
      screen.getByRole('button', { name: 'Hent CSV: Menteernes svar, når forløbet slutter' }),
    );

    expect(name).toBe('mentorbro-udfald-2026-01-01-2026-11-24.csv');
    expect(csv).toBe(
      [
        // A comma inside a cell: the cell is quoted, as spreadsheets expect.
        'Svar,"Andel af dem, der svarede"',
        'Antal svar,32',
        'Fik et job,44 %',
        'Startede på en uddannelse,25 %',
        `Fik en praktik,${tooFew}`,
        'Bedre dansk,79 %',
        'Større netværk,50 %',
        '"Ved bedre, hvad hun vil",63 %',
        'Tror mere på sig selv,70 %',
        'Tilfreds med matchet (4 eller 5 ud af 5),85 %',
        '',
      ].join('\r\n'),
    );
  });

  it('downloads the background table with the region in the file name', async () => {
    vi.mocked(adminApi.stats).mockResolvedValue(
      statsFixture({ period: { from: '2026-01-01', to: '2026-06-30', region: 'syddanmark' } }),
    );
    await renderAdmin('/admin/stats?region=syddanmark');

    const { csv, name } = await downloaded(
      await screen.findByRole('button', { name: 'Hent CSV: Menteernes udfald efter baggrund' }),
    );

    expect(name).toBe('mentorbro-baggrund-syddanmark-2026-01-01-2026-06-30.csv');
    expect(csv.split('\r\n')).toEqual([
      'Baggrund,Gruppe,Antal svar,Fik et job,Startede på en uddannelse,Bedre dansk,Tilfreds med matchet',
      'Alder,25-34 år,14,50 %,21 %,86 %,86 %',
      `Alder,65 år eller mere,${Array(5).fill(tooFew).join(',')}`,
      '',
    ]);
  });

  it('shows the numbers of the region she picks, and puts it in the address', async () => {
    const { router } = await renderAdmin('/admin/stats');
    await screen.findByRole('table', { name: 'Menteernes udfald efter baggrund' });
    vi.mocked(adminApi.stats).mockResolvedValue(
      statsFixture({ period: { from: '2026-01-01', to: '2026-11-24', region: 'syddanmark' } }),
    );

    await fireEvent.update(screen.getByRole('combobox', { name: 'Region' }), 'syddanmark');

    await waitFor(() => {
      expect(router.currentRoute.value.query).toEqual({ region: 'syddanmark' });
    });
    expect(adminApi.stats).toHaveBeenLastCalledWith({ region: 'syddanmark' });
    const said = 'Tal fra 1. januar 2026 til 24. november 2026. Region: Region Syddanmark.';
    expect(await screen.findByText(said, { selector: 'p:not([role])' })).toBeVisible();
    expect(screen.getByText(said, { selector: '[role="status"]' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveValue('syddanmark');
  });

  it('keeps the dates she picks in the address, after checking their order', async () => {
    const { router } = await renderAdmin('/admin/stats');
    const from = await screen.findByLabelText('Fra');
    expect(from).toHaveValue('2026-01-01');
    expect(screen.getByLabelText('Til')).toHaveValue('2026-11-24');

    await fireEvent.update(from, '2026-06-01');
    await fireEvent.update(screen.getByLabelText('Til'), '2026-03-01');
    await fireEvent.click(screen.getByRole('button', { name: 'Vis tallene' }));

    expect(screen.getByLabelText('Til')).toHaveAccessibleDescription(
      'Til-datoen skal være samme dag som fra-datoen eller senere.',
    );
    expect(adminApi.stats).toHaveBeenCalledTimes(1);

    await fireEvent.update(screen.getByLabelText('Til'), '2026-09-30');
    await fireEvent.click(screen.getByRole('button', { name: 'Vis tallene' }));

    await waitFor(() => {
      expect(router.currentRoute.value.query).toEqual({ from: '2026-06-01', to: '2026-09-30' });
    });
    expect(adminApi.stats).toHaveBeenLastCalledWith({ from: '2026-06-01', to: '2026-09-30' });
  });

  it('reads the period and region from the address, and ignores what is not one', async () => {
    await renderAdmin('/admin/stats?from=2025-01-01&to=2025-02-30&region=atlantis');
    await screen.findByRole('table', { name: 'Menteernes udfald efter baggrund' });

    expect(adminApi.stats).toHaveBeenCalledWith({ from: '2025-01-01' });
  });

  it('names each chart in words for a screen reader', async () => {
    await renderAdmin('/admin/stats');

    expect(
      await screen.findByRole('img', {
        name: 'Søjlediagram. 120 oprettede sig, 100 blev godkendt, 80 spurgte en mentor, og 60 fik et match.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Søjler og linje fra jan. 2026 til mar. 2026. I alt 28 nye forløb og 153 møder. Flest nye forløb i mar. 2026: 14.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /^Søjlediagram over menteernes svar\. Antal svar: 32\./ }),
    ).toHaveAccessibleName(expect.stringContaining(`Fik en praktik: ${tooFew}; Bedre dansk: 79 %`));
  });

  it('says so when the numbers cannot be read, and tries again', async () => {
    vi.mocked(adminApi.stats).mockRejectedValueOnce(new Error('down'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await renderAdmin('/admin/stats');

    await fireEvent.click(await screen.findByRole('button', { name: 'Prøv igen' }));

    expect(
      await screen.findByRole('table', { name: 'Menteernes udfald efter baggrund' }),
    ).toBeInTheDocument();
    expect(adminApi.stats).toHaveBeenCalledTimes(2);
  });

  it('speaks English when she chose English', async () => {
    const { setLocale } = await import('@/i18n');
    await renderAdmin('/admin/stats');
    await screen.findByRole('table', { name: 'Menteernes udfald efter baggrund' });
    await setLocale('en', { save: false });

    expect(
      await screen.findByText(
        'Numbers from 1 January 2026 to 24 November 2026. Region: All regions.',
      ),
    ).toBeVisible();
    const outcomes = screen.getByRole('table', {
      name: "The mentees' answers when the mentorship ends",
    });
    expect(row(outcomes, 'Got an internship')).toEqual(['Too few to show']);
    expect(row(outcomes, 'Got a job')).toEqual(['44%']);
    expect(screen.getByRole('button', { name: 'Show the numbers' })).toBeVisible();
  });
});
