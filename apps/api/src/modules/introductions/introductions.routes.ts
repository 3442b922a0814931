import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '@mentorbro/core/admin';
import { ErrorBody } from '@mentorbro/core/error';
import { DeclineIntroductionBody, Introduction, IntroductionList } from '@mentorbro/core/requests';
import { trimBody } from '../../lib/trim-body';
import { currentUser } from '../../plugins/auth';
import { introductionsService } from './introductions.service';

const security = [{ bearerAuth: [] }];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const introductionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const introductions = introductionsService({ db: app.db, clock: app.clock });

  app.get(
    '/introductions',
    {
      onRequest: app.guard('mentee', 'mentor', 'admin'),
      schema: {
        tags: ['introductions'],
        summary: 'Her introductions (a coordinator: the programme’s), newest first',
        security,
        response: { 200: IntroductionList, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => ({ items: await introductions.list(currentUser(request)) }),
  );

  app.get(
    '/introductions/:id',
    {
      onRequest: app.guard('mentee', 'mentor', 'admin'),
      schema: {
        tags: ['introductions'],
        summary: 'One introduction, with the contact details each chose to share',
        security,
        params: IdParams,
        response: {
          200: Introduction,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request) => introductions.get(currentUser(request), request.params.id),
  );

  app.post(
    '/introductions/:id/confirm',
    {
      onRequest: app.guard('mentee', 'mentor'),
      schema: {
        tags: ['introductions'],
        summary: '"We met: let’s continue"; the second yes starts the mentorship',
        security,
        params: IdParams,
        response: { 200: Introduction, ...errors },
      },
    },
    async (request) => introductions.confirm(currentUser(request), request.params.id),
  );

  app.post(
    '/introductions/:id/decline',
    {
      onRequest: app.guard('mentee', 'mentor'),
      preValidation: trimBody('note'),
      schema: {
        tags: ['introductions'],
        summary: '"Not a match": the introduction ends and the seat is free again',
        security,
        params: IdParams,
        body: DeclineIntroductionBody,
        response: { 200: Introduction, ...errors },
      },
    },
    async (request) =>
      introductions.decline(currentUser(request), request.params.id, request.body.note),
  );
};
