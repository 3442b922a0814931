// Types only: a runtime import of core's user module would pull TypeBox's schema builder
// (about 34 kB gzipped) into the first download. The compiler still ties these to core.
import type { DEFAULT_LOCALE, Locale } from '@mentorbro/core/user';
import { createI18n } from 'vue-i18n';
import da from '@/locales/da.json';

export type Messages = typeof da;

const STORAGE_KEY = 'mentorbro.locale';
/** Fails to compile if core's default language changes without this module following. */
const FALLBACK: typeof DEFAULT_LOCALE = 'da';

/**
 * One entry per core Locale (the Record type makes a missing language a compile error).
 * Danish ships in the first bundle; other languages load the first time someone picks them.
 */
const loaders: Record<Locale, () => Promise<{ default: Messages }>> = {
  da: () => Promise.resolve({ default: da }),
  en: () => import('@/locales/en.json'),
};

/** Typed by Locale, not by what is loaded now, so every language can be set later. */
const initialMessages: Partial<Record<Locale, Messages>> = { da };
const initialLocale: Locale = FALLBACK;

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale,
  fallbackLocale: initialLocale,
  messages: initialMessages,
  // A missing key is a bug the locale test catches; in the browser fall back quietly to Danish.
  missingWarn: import.meta.env.DEV,
  fallbackWarn: false,
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(loaders, value);
}

export function currentLocale(): Locale {
  const locale = i18n.global.locale.value;
  return isLocale(locale) ? locale : FALLBACK;
}

/** The language she chose on this device, or null when she never chose one here. */
function savedLocale(): Locale | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch (error) {
    // Storage can be blocked by privacy settings; the app still works in Danish.
    console.warn('Could not read the saved language', error);
    return null;
  }
}

/** The language chosen on this device before, or Danish. */
export function rememberedLocale(): Locale {
  return savedLocale() ?? FALLBACK;
}

/**
 * After login or a restored session: on a device where she never chose a language, the app
 * follows the language of her account. A choice made on this device wins. It is not saved, so
 * the next person on a shared phone starts from the device's own choice again after a reload.
 */
export async function followAccountLocale(locale: Locale): Promise<void> {
  if (savedLocale() !== null || currentLocale() === locale) return;
  await setLocale(locale, { save: false });
}

function remember(locale: Locale) {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch (error) {
    console.warn('Could not save the language', error);
  }
}

/** A feature's own messages, one loader per language, merged in when its pages first load. */
export type FeatureMessageLoaders = Record<Locale, () => Promise<{ default: object }>>;

const featureLoaders = new Map<string, FeatureMessageLoaders>();
const mergedFeatures = new Set<string>();

async function mergeFeature(name: string, locale: Locale): Promise<void> {
  const key = `${name}:${locale}`;
  const feature = featureLoaders.get(name);
  if (!feature || mergedFeatures.has(key)) return;
  const messages = await feature[locale]();
  i18n.global.mergeLocaleMessage(locale, messages.default);
  mergedFeatures.add(key);
}

/**
 * Keeps a feature's texts (the admin area, the profile editor) out of the first download:
 * its routes call this before their view loads, and a later change of language loads the
 * feature's texts in that language too.
 */
export async function loadFeatureMessages(
  name: string,
  loaders: FeatureMessageLoaders,
): Promise<void> {
  featureLoaders.set(name, loaders);
  await mergeFeature(name, currentLocale());
}

export async function setLocale(locale: Locale, options: { save?: boolean } = {}): Promise<void> {
  if (!i18n.global.availableLocales.includes(locale)) {
    const messages = await loaders[locale]();
    i18n.global.setLocaleMessage(locale, messages.default);
  }
  // After the base messages: setLocaleMessage replaces, mergeLocaleMessage adds.
  await Promise.all([...featureLoaders.keys()].map((name) => mergeFeature(name, locale)));
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  if (options.save ?? true) remember(locale);
}

/** A route's view that waits for its feature's texts, so no heading or title shows as a raw key. */
export function withMessages<T>(
  view: () => Promise<T>,
  ...messages: (() => Promise<void>)[]
): () => Promise<T> {
  return async () => {
    const [module] = await Promise.all([view(), ...messages.map((load) => load())]);
    return module;
  };
}
