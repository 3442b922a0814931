import { describe, expect, it, vi } from 'vitest';
import { i18n, setLocale } from '@/i18n';
import da from './da.json';
import en from './en.json';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('the message files', () => {
  it('have the same keys in Danish and English', () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
  });

  it.each(['da', 'en'] as const)('compile every %s message to plain text', async (locale) => {
    await setLocale(locale, { save: false });
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const params = { min: 10, max: 128, name: 'Amina' };
    for (const key of keys(da)) {
      const text = i18n.global.t(key, params);
      expect(text, key).not.toBe(key);
      // A stray brace or @ would be message syntax, not text.
      expect(text, key).not.toMatch(/[{}|]|@:/);
    }
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});
