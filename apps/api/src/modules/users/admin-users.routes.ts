import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { AdminUser, IdParams, ReasonBody, UserSearchQuery } from '@mentorbro/core/admin';
import { ErrorBody } from '@mentorbro/core/error';
import { trimBody } from '../../lib/trim-body';
import { currentUser } from '../../plugins/auth';
import { adminUsersService } from './admin-users.service';

const security = [{ bearerAuth: [] }];
const refusals = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const adminUsersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const members = adminUsersService({ db: app.db, clock: app.clock });

  app.get(
    '/admin/users',
    {
      onRequest: app.guard('admin'),
      schema: {
        tags: ['admin'],
        summary: 'Find members by name or email (newest first, at most 50)',
        security,
        querystring: UserSearchQuery,
        response: { 200: Type.Array(AdminUser), 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => members.find(currentUser(request), request.query.q ?? ''),
  );

  app.post(
    '/admin/users/:id/suspend',
    {
      onRequest: app.guard('admin'),
      preValidation: trimBody('reason'),
      schema: {
        tags: ['admin'],
        summary: 'Suspend a member: she is logged out and hidden until reinstated',
        security,
        params: IdParams,
        body: ReasonBody,
        response: { 200: AdminUser, ...refusals },
      },
    },
    async (request) =>
      members.suspend(currentUser(request), request.params.id, request.body.reason),
  );

  app.post(
    '/admin/users/:id/reinstate',
    {
      onRequest: app.guard('admin'),
      schema: {
        tags: ['admin'],
        summary: 'Lift a suspension',
        security,
        params: IdParams,
        response: { 200: AdminUser, ...refusals },
      },
    },
    async (request) => members.reinstate(currentUser(request), request.params.id),
  );
};
