import { fireEvent, render, screen } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/i18n';
import ErrorSummary from './ErrorSummary.vue';

describe('ErrorSummary', () => {
  it('is not in the page while there is nothing to fix', () => {
    const { container } = render(ErrorSummary, {
      props: { id: 'summary', items: [] },
      global: { plugins: [i18n] },
    });
    expect(container.querySelector('#summary')).toBeNull();
  });

  it('can take focus, has a heading and no live region, and links to each field', async () => {
    document.body.innerHTML = '<input id="field-a" />';
    render(ErrorSummary, {
      props: { id: 'summary', items: [{ target: 'field-a', message: 'Skriv din e-mail.' }] },
      global: { plugins: [i18n] },
    });

    const heading = screen.getByRole('heading', { level: 2, name: 'Der er noget, du skal rette:' });
    const summary = heading.parentElement;
    expect(summary).toHaveAttribute('id', 'summary');
    expect(summary).toHaveAttribute('tabindex', '-1');
    expect(summary).not.toHaveAttribute('role');
    expect(screen.queryByRole('alert')).toBeNull();

    await fireEvent.click(screen.getByRole('link', { name: 'Skriv din e-mail.' }));
    expect(document.activeElement).toHaveAttribute('id', 'field-a');
  });
});
