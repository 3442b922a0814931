import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ErrorBody, ErrorCode } from '@mentorbro/core/error';
import { errorCodeForStatus } from '@mentorbro/core/error-codes';
import { type SchemaIssue, toFieldErrors } from '@mentorbro/core/validation';
import { isDatabaseUnavailable } from '../db/client';
import { AppError, validationFailed } from '../lib/errors';
import { loggableError } from '../lib/loggable-error';

/** A PostgreSQL restart takes a few seconds; a failover longer, and the client asks again. */
const RETRY_AFTER_SECONDS = 5;

export function errorBody(
  code: ErrorCode,
  message: string,
  details?: ErrorBody['error']['details'],
) {
  const error: ErrorBody['error'] = { code, message };
  if (details) error.details = details;
  return { error };
}

const sendUnavailable = (reply: FastifyReply) =>
  reply.status(503).send(errorBody('service_unavailable', 'Please try again shortly.'));

export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  return reply
    .status(404)
    .send(errorBody('not_found', `No route for ${request.method} ${request.url.split('?')[0]}`));
}

/**
 * One error shape for every failure. Validation errors list the offending fields in the
 * same form the SPA's forms produce; 5xx errors are logged and never described to the client.
 * A database that cannot be reached is 503 `service_unavailable`, never 500.
 */
export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
      if (error instanceof AppError) {
        return reply
          .status(error.statusCode)
          .send(errorBody(error.code, error.message, error.details));
      }
      if (error.validation) {
        const failure = validationFailed(
          toFieldErrors(error.validation as unknown as SchemaIssue[]),
        );
        return reply.status(400).send(errorBody(failure.code, failure.message, failure.details));
      }
      if (isDatabaseUnavailable(error)) {
        // Not a bug but an outage (a restart, a failover): the pool reconnects by itself, so
        // the client is told to try again shortly, and the log stays one line per request.
        request.log.warn({ err: loggableError(error) }, 'database unavailable');
        return sendUnavailable(reply.header('retry-after', String(RETRY_AFTER_SECONDS)));
      }
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        // Fastify's own 4xx messages describe the request, never the server's internals.
        return reply.status(status).send(errorBody(errorCodeForStatus(status), error.message));
      }
      request.log.error({ err: loggableError(error) }, 'request failed');
      if (status === 503) return sendUnavailable(reply);
      return reply
        .status(500)
        .send(errorBody('internal_error', 'Something went wrong on our side.'));
    });
  },
  { name: 'errors' },
);
