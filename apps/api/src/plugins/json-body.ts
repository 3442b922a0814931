import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/errors';

/** Deeper than any form the app has (a survey definition is about six levels). */
export const JSON_MAX_DEPTH = 32;

/**
 * JSON bodies nested deeper than JSON_MAX_DEPTH are refused with 400 before they are parsed:
 * JSON.parse takes any depth, but validation's error pass (uniqueItems compares every item
 * recursively) and JSON.stringify overflow the stack at a few thousand levels, a 500. Fastify's
 * own parser still does the parsing, with its guard against `__proto__` and `constructor` keys.
 */
export const jsonBodyPlugin = fp(
  async (app: FastifyInstance) => {
    const parse = app.getDefaultJsonParser('error', 'error');
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      if (nestingDepth(text) > JSON_MAX_DEPTH) {
        done(new AppError(400, 'bad_request', 'The body is nested too deeply.'), undefined);
        return;
      }
      void parse(request, text, done);
    });
  },
  { name: 'json-body' },
);

/** How deep the arrays and objects of a JSON text go; brackets inside strings do not count. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return deepest;
}
