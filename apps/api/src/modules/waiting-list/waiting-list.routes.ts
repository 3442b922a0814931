import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '@mentorbro/core/admin';
import { ErrorBody } from '@mentorbro/core/error';
import { SuggestMentorsBody, WaitingList } from '@mentorbro/core/notifications';
import Type from 'typebox';
import { trimBody } from '../../lib/trim-body';
import { currentUser } from '../../plugins/auth';
import { waitingListService } from './waiting-list.service';

const security = [{ bearerAuth: [] }];

export const waitingListRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const waiting = waitingListService({ db: app.db, clock: app.clock });

  app.get(
    '/admin/waiting',
    {
      onRequest: app.guard('admin'),
      schema: {
        tags: ['admin'],
        summary: 'Approved mentees still without a match after the programme’s waiting days',
        security,
        response: { 200: WaitingList, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => waiting.list(currentUser(request)),
  );

  app.post(
    '/admin/waiting/:id/suggestions',
    {
      onRequest: app.guard('admin'),
      preValidation: trimBody('note'),
      schema: {
        tags: ['admin'],
        summary: 'Send a waiting mentee up to three mentors to ask',
        security,
        params: IdParams,
        body: SuggestMentorsBody,
        response: {
          204: Type.Null(),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      await waiting.suggest(currentUser(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
};
