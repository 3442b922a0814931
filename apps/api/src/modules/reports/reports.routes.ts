import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { IdParams, ReasonBody, Report, ReportQuery } from '@mentorbro/core/admin';
import { ErrorBody } from '@mentorbro/core/error';
import { ReportBody, ReportReceipt } from '@mentorbro/core/report';
import { trimBody } from '../../lib/trim-body';
import { currentUser } from '../../plugins/auth';
import { reportsService } from './reports.service';

const security = [{ bearerAuth: [] }];

export const reportsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const reports = reportsService({ db: app.db, clock: app.clock });

  app.post(
    '/reports',
    {
      onRequest: app.guard('mentee', 'mentor'),
      preValidation: trimBody('reason'),
      schema: {
        tags: ['reports'],
        summary: 'Tell the coordinators about a profile or a person',
        security,
        body: ReportBody,
        response: {
          201: ReportReceipt,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await reports.report(currentUser(request), request.body)),
  );

  app.get(
    '/admin/reports',
    {
      onRequest: app.guard('admin'),
      schema: {
        tags: ['admin'],
        summary: 'Reports from members: open ones oldest first, or handled ones',
        security,
        querystring: ReportQuery,
        response: { 200: Type.Array(Report), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => reports.list(currentUser(request), request.query.open),
  );

  app.post(
    '/admin/reports/:id/resolve',
    {
      onRequest: app.guard('admin'),
      preValidation: trimBody('reason'),
      schema: {
        tags: ['admin'],
        summary: 'Mark a report handled, saying what was done',
        security,
        params: IdParams,
        body: ReasonBody,
        response: {
          200: Report,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
        },
      },
    },
    async (request) =>
      reports.resolve(currentUser(request), request.params.id, request.body.reason),
  );
};
