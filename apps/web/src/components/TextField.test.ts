import { fireEvent, render, screen } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { ref } from 'vue';
import { i18n } from '@/i18n';
import TextField from './TextField.vue';

function renderPassword() {
  const value = ref('hemmelig');
  render(TextField, {
    props: {
      id: 'pw',
      label: 'Din adgangskode',
      type: 'password',
      modelValue: value.value,
    },
    global: { plugins: [i18n] },
  });
}

describe('TextField', () => {
  it('shows the password with a toggle whose name stays the same and whose state is pressed', async () => {
    renderPassword();
    const input = screen.getByLabelText('Din adgangskode');
    const toggle = screen.getByRole('button', { name: 'Vis adgangskode' });
    expect(input).toHaveAttribute('type', 'password');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await fireEvent.click(toggle);
    expect(input).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: 'Vis adgangskode', pressed: true })).toBe(toggle);

    await fireEvent.click(toggle);
    expect(input).toHaveAttribute('type', 'password');
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });
});
