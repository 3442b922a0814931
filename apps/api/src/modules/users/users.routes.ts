import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody } from '@mentorbro/core/error';
import { User } from '@mentorbro/core/user';
import { currentUser } from '../../plugins/auth';
import { toUser } from './users.view';

export const usersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me',
    {
      onRequest: app.guard(),
      schema: {
        tags: ['users'],
        summary: 'The signed-in user',
        security: [{ bearerAuth: [] }],
        response: { 200: User, 401: ErrorBody },
      },
    },
    async (request) => toUser(currentUser(request)),
  );
};
