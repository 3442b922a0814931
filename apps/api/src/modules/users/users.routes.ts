import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody } from '@mentorbro/core/error';
import { MemberSettings, MemberSettingsBody, User } from '@mentorbro/core/user';
import { currentUser } from '../../plugins/auth';
import { updateSettings } from './users.repository';
import { toSettings, toUser } from './users.view';

const security = [{ bearerAuth: [] }];

export const usersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/me',
    {
      onRequest: app.guard(),
      schema: {
        tags: ['users'],
        summary: 'The signed-in user',
        security,
        response: { 200: User, 401: ErrorBody },
      },
    },
    async (request) => toUser(currentUser(request)),
  );

  app.get(
    '/me/settings',
    {
      onRequest: app.guard(),
      schema: {
        tags: ['users'],
        summary: 'Her language and whether she gets the optional emails',
        security,
        response: { 200: MemberSettings, 401: ErrorBody },
      },
    },
    async (request) => toSettings(currentUser(request)),
  );

  app.patch(
    '/me/settings',
    {
      onRequest: app.guard(),
      schema: {
        tags: ['users'],
        summary: 'Change her language (of the app and her emails) or the optional emails',
        security,
        body: MemberSettingsBody,
        response: { 200: MemberSettings, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => {
      const user = currentUser(request);
      if (Object.keys(request.body).length === 0) return toSettings(user);
      return toSettings(await updateSettings(app.db, user.id, request.body, app.clock.now()));
    },
  );
};
