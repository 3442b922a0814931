import { render, screen } from '@testing-library/vue';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/i18n';
import adminDa from '../../locales/da.json';
import { wrapLabel } from '../../stats-chart';
import StatsChart, { type StatsChartConfig } from './StatsChart.vue';

// happy-dom has no canvas: Chart.js is replaced by a recorder, and the canvas gets a stand-in
// 2D context, so the test sees what the wrapper asks Chart.js to draw and when.
const charts = vi.hoisted(() => ({
  created: [] as {
    config: StatsChartConfig;
    update: ReturnType<typeof vi.fn>;
    destroy: ReturnType<typeof vi.fn>;
  }[],
}));
vi.mock('chart.js', () => {
  class Chart {
    static register = vi.fn();
    data: unknown;
    options: unknown;
    update = vi.fn();
    destroy = vi.fn();
    constructor(_context: unknown, config: StatsChartConfig) {
      this.data = config.data;
      this.options = config.options;
      charts.created.push({ config, update: this.update, destroy: this.destroy });
    }
  }
  const part = (id: string) => ({ id });
  return {
    Chart,
    BarController: part('bar'),
    BarElement: part('barElement'),
    LineController: part('line'),
    LineElement: part('lineElement'),
    PointElement: part('point'),
    CategoryScale: part('category'),
    LinearScale: part('linear'),
    Legend: part('legend'),
    Tooltip: part('tooltip'),
  };
});

function stubMotion(reduce: boolean) {
  vi.stubGlobal(
    'matchMedia',
    vi.fn((query: string) => ({ matches: reduce && query.includes('reduce'), media: query })),
  );
}

const props = {
  labels: ['Fik et job', 'Fik en praktik (for få til at vise)'],
  series: [{ label: 'Andel', values: [44, null] }],
  summary:
    'Søjlediagram over menteernes svar. Fik et job: 44 %; Fik en praktik: for få til at vise.',
  horizontal: true,
  max: 100,
};

beforeEach(() => {
  charts.created.length = 0;
  stubMotion(false);
});
// Rendered alone, without the admin routes that normally load the area's texts.
beforeAll(() => {
  i18n.global.mergeLocaleMessage('da', adminDa);
});

const renderChart = (overrides: Partial<typeof props> = {}) =>
  render(StatsChart, { props: { ...props, ...overrides }, global: { plugins: [i18n] } });

describe('StatsChart', () => {
  it('puts a long label on lines, so the bars keep their room on a phone', () => {
    expect(wrapLabel('Bedre dansk')).toBe('Bedre dansk');
    expect(wrapLabel('Tilfreds med matchet (4 eller 5 ud af 5)')).toEqual([
      'Tilfreds med matchet',
      '(4 eller 5 ud af 5)',
    ]);
  });

  it('names the canvas with its summary, and draws no bar for a value held back', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
      {} as CanvasRenderingContext2D,
    );
    renderChart();

    expect(screen.getByRole('img', { name: props.summary })).toBeInTheDocument();
    const created = charts.created[0];
    expect(created?.config.data.labels).toEqual([
      'Fik et job',
      ['Fik en praktik (for få', 'til at vise)'],
    ]);
    expect(created?.config.data.datasets[0]?.data).toEqual([44, null]);
    expect(created?.config.options?.indexAxis).toBe('y');
    expect(created?.config.options?.scales?.x?.max).toBe(100);
  });

  it('draws without animation when she asked her device for less motion', () => {
    stubMotion(true);
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
      {} as CanvasRenderingContext2D,
    );
    renderChart();

    expect(charts.created[0]?.config.options?.animation).toBe(false);
  });

  it('updates the chart when the numbers change, and lets it go when it leaves the page', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
      {} as CanvasRenderingContext2D,
    );
    const view = renderChart();
    const created = charts.created[0];

    await view.rerender({ ...props, series: [{ label: 'Andel', values: [50, 20] }] });
    expect(created?.update).toHaveBeenCalledTimes(1);
    expect(charts.created).toHaveLength(1);

    view.unmount();
    expect(created?.destroy).toHaveBeenCalledTimes(1);
  });

  it('says the table has the numbers when the browser cannot draw', async () => {
    renderChart();

    expect(charts.created).toHaveLength(0);
    expect(screen.getByRole('img', { name: props.summary })).toBeInTheDocument();
    expect(
      await screen.findByText('Grafen kan ikke vises her. Åbn tabellen under den.'),
    ).toBeVisible();
  });
});
