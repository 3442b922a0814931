import type { FastifyRequest } from 'fastify';

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/**
 * A preValidation hook that trims the named text fields of the body (a list of texts item by
 * item), so the schema's length rules apply to what is stored: "   ok   " is two characters,
 * not eight.
 */
export function trimBody(...fields: string[]) {
  return async (request: FastifyRequest) => {
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return;
    const record = body as Record<string, unknown>;
    for (const field of fields) {
      // A field she left out stays out: an undefined key would count as sent.
      if (!Object.hasOwn(record, field)) continue;
      const value = record[field];
      record[field] = Array.isArray(value) ? value.map(trimmed) : trimmed(value);
    }
  };
}
