import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AuditPage, AuditQuery } from '@mentorbro/core/admin';
import { ErrorBody } from '@mentorbro/core/error';
import { currentUser } from '../../plugins/auth';
import { listAudit } from './audit.repository';
import { toNamedPerson } from '../users/users.view';

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/admin/audit',
    {
      onRequest: app.guard('admin'),
      schema: {
        tags: ['admin'],
        summary: "The programme's audit log, newest first",
        security: [{ bearerAuth: [] }],
        querystring: AuditQuery,
        response: { 200: AuditPage, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request): Promise<AuditPage> => {
      const limit = request.query.limit ?? 50;
      // One more than asked, to know whether an older page exists without another query.
      const found = await listAudit(app.db, currentUser(request).programmeId, {
        before: request.query.before,
        limit: limit + 1,
      });
      const rows = found.slice(0, limit);
      return {
        entries: rows.map((row) => ({
          id: row.id,
          at: row.at.toISOString(),
          action: row.action,
          actor: toNamedPerson(row.actorId, row.actorName, row.actorDeletedAt),
          subject: row.subjectId
            ? toNamedPerson(row.subjectId, row.subjectName, row.subjectDeletedAt)
            : null,
          reason: row.reason,
        })),
        nextBefore: found.length > limit ? (rows.at(-1)?.id ?? null) : null,
      };
    },
  );
};
