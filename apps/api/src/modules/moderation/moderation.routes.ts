import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  ApproveBody,
  ModerationItem,
  ModerationQuery,
  RejectBody,
  UserIdParams,
} from '@mentorbro/core/admin';
import { ErrorBody } from '@mentorbro/core/error';
import { trimBody } from '../../lib/trim-body';
import { currentUser } from '../../plugins/auth';
import { moderationService } from './moderation.service';

const security = [{ bearerAuth: [] }];
const refusals = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const moderationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const moderation = moderationService({ db: app.db, clock: app.clock });

  app.get(
    '/admin/profiles',
    {
      onRequest: app.guard('admin'),
      schema: {
        tags: ['admin'],
        summary: 'Profiles by review status; pending includes approved mentors’ changed words',
        security,
        querystring: ModerationQuery,
        response: {
          200: Type.Array(ModerationItem),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
        },
      },
    },
    async (request) => moderation.queue(currentUser(request), request.query.status ?? 'pending'),
  );

  app.post(
    '/admin/profiles/:userId/approve',
    {
      onRequest: app.guard('admin'),
      schema: {
        tags: ['admin'],
        summary: 'Approve a profile, or an approved mentor’s changed words',
        security,
        params: UserIdParams,
        body: ApproveBody,
        response: { 204: Type.Null(), ...refusals },
      },
    },
    async (request, reply) => {
      await moderation.approve(
        currentUser(request),
        request.params.userId,
        request.body.submittedAt,
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/admin/profiles/:userId/reject',
    {
      onRequest: app.guard('admin'),
      preValidation: trimBody('reason'),
      schema: {
        tags: ['admin'],
        summary: 'Reject a profile or a change, with a reason she will read',
        security,
        params: UserIdParams,
        body: RejectBody,
        response: { 204: Type.Null(), ...refusals },
      },
    },
    async (request, reply) => {
      const { reason, submittedAt } = request.body;
      await moderation.reject(currentUser(request), request.params.userId, reason, submittedAt);
      return reply.status(204).send(null);
    },
  );
};
