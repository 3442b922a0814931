import { ERROR_CODES } from '@mentorbro/core/error';
import { render } from '@testing-library/vue';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { i18n, setLocale } from '@/i18n';
import { ApiError, NetworkError } from '@/lib/http';
import { useErrorMessage } from './useErrorMessage';

// useI18n needs a component; the composable is a thin wrapper, so it runs in one here.
async function messagesFor(locale: 'da' | 'en') {
  await setLocale(locale, { save: false });
  let message: ((error: unknown) => string) | undefined;
  render(
    defineComponent(() => {
      message = useErrorMessage();
      return () => h('p');
    }),
    { global: { plugins: [i18n] } },
  );
  if (!message) throw new Error('not rendered');
  return message;
}

/** Codes a form or the session handles itself; the rest need their own sentence. */
const HANDLED_ELSEWHERE = [
  'unauthorized',
  'invalid_credentials',
  'invalid_refresh_token',
  'token_expired',
  'email_taken',
  'unsupported_media_type',
];

describe('useErrorMessage', () => {
  it.each(['da', 'en'] as const)(
    'has its own kind sentence for each general code in %s',
    async (locale) => {
      const message = await messagesFor(locale);
      const generic = message(new Error('a bug'));
      const codes = ERROR_CODES.filter((code) => !HANDLED_ELSEWHERE.includes(code));
      expect(codes).toEqual(
        expect.arrayContaining([
          'validation_failed',
          'payload_too_large',
          'forbidden',
          'not_found',
          'too_many_requests',
          'service_unavailable',
          'internal_error',
        ]),
      );
      const texts = codes.map((code) => message(new ApiError(400, code, 'x')));
      for (const text of texts) expect(text).not.toBe(generic);
      expect(new Set(texts).size).toBe(texts.length);
      expect(message(new NetworkError(new TypeError('offline')))).not.toBe(generic);
    },
  );

  it('says the Danish sentences in plain words', async () => {
    const message = await messagesFor('da');
    expect(message(new ApiError(404, 'not_found', 'x'))).toBe(
      'Vi kan ikke finde det, du leder efter. Måske er det slettet.',
    );
    expect(message(new NetworkError(new TypeError('offline')))).toBe(
      'Vi kan ikke få forbindelse lige nu. Tjek dit internet, og prøv igen.',
    );
    expect(message(new ApiError(418, 'something_new', 'x'))).toBe(
      'Noget gik galt hos os. Prøv igen om lidt.',
    );
  });
});
