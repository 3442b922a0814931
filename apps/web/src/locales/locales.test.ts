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

/** Each feature's own message files, loaded with its pages. */
const featureFiles = import.meta.glob<{ default: object }>('../features/*/locales/*.json', {
  eager: true,
});
const features = new Map<string, { da?: object; en?: object }>();
for (const [path, module] of Object.entries(featureFiles)) {
  const [, feature, locale] = /features\/([^/]+)\/locales\/(da|en)\.json$/.exec(path) ?? [];
  if (!feature || (locale !== 'da' && locale !== 'en')) throw new Error(`Unexpected ${path}`);
  features.set(feature, { ...features.get(feature), [locale]: module.default });
}

describe('the message files', () => {
  it('have the same keys in Danish and English', () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
  });

  it.each([...features.keys()])(
    'of the %s feature have the same keys in both languages',
    (name) => {
      const feature = features.get(name);
      expect(keys(feature?.en ?? {}).sort()).toEqual(keys(feature?.da ?? {}).sort());
      // A feature's keys live under its own name, so no feature overwrites another's texts.
      for (const key of keys(feature?.da ?? {})) expect(key.startsWith(`${name}.`), key).toBe(true);
    },
  );

  it.each(['da', 'en'] as const)('compile every %s message to plain text', async (locale) => {
    await setLocale(locale, { save: false });
    for (const feature of features.values()) {
      i18n.global.mergeLocaleMessage(locale, feature[locale] ?? {});
    }
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const params = { min: 10, max: 128, name: 'Amina' };
    const all = [da, ...[...features.values()].map((feature) => feature.da ?? {})];
    for (const key of all.flatMap((messages) => keys(messages))) {
      const text = i18n.global.t(key, params);
      expect(text, key).not.toBe(key);
      // A stray brace or @ would be message syntax, not text.
      expect(text, key).not.toMatch(/[{}|]|@:/);
    }
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});
