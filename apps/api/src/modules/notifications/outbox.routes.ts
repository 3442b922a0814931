import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody } from '@mentorbro/core/error';
import { OutboxPage, OutboxParams, OutboxQuery } from '@mentorbro/core/notifications';
import Type from 'typebox';
import { DAY_MS } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { currentUser } from '../../plugins/auth';
import { recordAudit } from '../audit/audit.repository';
import { notificationText } from './email.templates';
import { countOutbox, findOutboxEmail, listOutbox, retryDead } from './outbox.repository';

const security = [{ bearerAuth: [] }];

/** The coordinators' view of the programme's emails: what could not be sent, and why. */
export const outboxRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/admin/outbox',
    {
      onRequest: app.guard('admin'),
      schema: {
        tags: ['admin'],
        summary:
          'Emails that could not be sent (dead) or wait to be sent (pending), survey emails aside',
        security,
        querystring: OutboxQuery,
        response: { 200: OutboxPage, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      const admin = currentUser(request);
      const status = request.query.status ?? 'dead';
      const now = app.clock.now();
      const [rows, counts] = await Promise.all([
        listOutbox(app.db, admin.programmeId, status),
        countOutbox(app.db, admin.programmeId, new Date(now.getTime() - DAY_MS)),
      ]);
      return {
        counts,
        items: rows.map(({ row, kind, params, userId, name }) => ({
          id: row.id,
          status: row.status,
          kind,
          recipient: { id: userId, name },
          // In the coordinator's language: she reads it, not the member.
          subject: notificationText(kind, params, admin.locale).title,
          attempts: row.attempts,
          lastError: row.lastError,
          createdAt: row.createdAt.toISOString(),
          nextAttemptAt: row.status === 'pending' ? row.dueAt.toISOString() : null,
        })),
      };
    },
  );

  app.post(
    '/admin/outbox/:id/retry',
    {
      onRequest: app.guard('admin'),
      schema: {
        tags: ['admin'],
        summary: 'Send a dead email again, with fresh attempts',
        security,
        params: OutboxParams,
        response: {
          204: Type.Null(),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      const admin = currentUser(request);
      const now = app.clock.now();
      const { id } = request.params;
      await app.db.transaction(async (tx) => {
        if (!(await retryDead(tx, admin.programmeId, id, now))) {
          if (!(await findOutboxEmail(tx, admin.programmeId, id))) {
            throw new AppError(404, 'not_found', 'There is no such email.');
          }
          throw new AppError(409, 'invalid_transition', 'Only a dead email can be sent again.');
        }
        await recordAudit(tx, {
          programmeId: admin.programmeId,
          at: now,
          actorId: admin.id,
          action: 'email.retry',
          details: { emailId: id },
        });
      });
      return reply.status(204).send(null);
    },
  );
};
