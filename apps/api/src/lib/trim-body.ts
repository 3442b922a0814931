import type { FastifyRequest } from 'fastify';

/**
 * A preValidation hook that trims the named text fields of the body, so the schema's length
 * rules apply to what is stored: "   ok   " is two characters, not eight.
 */
export function trimBody(...fields: string[]) {
  return async (request: FastifyRequest) => {
    const body = request.body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return;
    const record = body as Record<string, unknown>;
    for (const field of fields) {
      const value = record[field];
      if (typeof value === 'string') record[field] = value.trim();
    }
  };
}
