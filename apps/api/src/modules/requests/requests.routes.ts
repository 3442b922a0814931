import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '@mentorbro/core/admin';
import { ErrorBody } from '@mentorbro/core/error';
import {
  AcceptRequestBody,
  CreateRequestBody,
  DeclineRequestBody,
  MatchRequest,
  MatchRequestList,
  RequestListQuery,
} from '@mentorbro/core/requests';
import { trimBody } from '../../lib/trim-body';
import { currentUser } from '../../plugins/auth';
import { requestsService } from './requests.service';

const security = [{ bearerAuth: [] }];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const requestsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const requests = requestsService({ db: app.db, clock: app.clock });
  // Both members reach every move; core's state machine says which of them may make it (409).
  const members = app.guard('mentee', 'mentor');

  app.post(
    '/requests',
    {
      onRequest: app.guard('mentee'),
      preValidation: trimBody('message'),
      preHandler: app.limit('matchRequest'),
      schema: {
        tags: ['requests'],
        summary: 'Ask a mentor; refused with 409 and a reason code when she may not',
        security,
        body: CreateRequestBody,
        response: { 201: MatchRequest, ...errors, 429: ErrorBody },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await requests.create(currentUser(request), request.body)),
  );

  app.get(
    '/requests',
    {
      onRequest: members,
      schema: {
        tags: ['requests'],
        summary: "A mentee's requests to mentors, or a mentor's requests from mentees",
        security,
        querystring: RequestListQuery,
        response: { 200: MatchRequestList, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => ({
      items: await requests.list(currentUser(request), request.query.status),
    }),
  );

  app.get(
    '/requests/:id',
    {
      onRequest: members,
      schema: {
        tags: ['requests'],
        summary: 'One request, to the two members it is between',
        security,
        params: IdParams,
        response: {
          200: MatchRequest,
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (request) => requests.get(currentUser(request), request.params.id),
  );

  app.post(
    '/requests/:id/accept',
    {
      onRequest: members,
      schema: {
        tags: ['requests'],
        summary: 'The mentor says yes: a seat is taken and an introduction opens',
        security,
        params: IdParams,
        body: AcceptRequestBody,
        response: { 200: MatchRequest, ...errors },
      },
    },
    async (request) => requests.accept(currentUser(request), request.params.id, request.body),
  );

  app.post(
    '/requests/:id/decline',
    {
      onRequest: members,
      preValidation: trimBody('message'),
      schema: {
        tags: ['requests'],
        summary: 'The mentor says no, with a reason from core and an optional message',
        security,
        params: IdParams,
        body: DeclineRequestBody,
        response: { 200: MatchRequest, ...errors },
      },
    },
    async (request) => requests.decline(currentUser(request), request.params.id, request.body),
  );

  app.post(
    '/requests/:id/withdraw',
    {
      onRequest: members,
      schema: {
        tags: ['requests'],
        summary: 'The mentee takes her request back',
        security,
        params: IdParams,
        response: { 200: MatchRequest, ...errors },
      },
    },
    async (request) => requests.withdraw(currentUser(request), request.params.id),
  );
};
