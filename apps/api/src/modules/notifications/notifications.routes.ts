import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody } from '@mentorbro/core/error';
import {
  NotificationList,
  NotificationParamsId,
  NotificationQuery,
  UnreadCount,
} from '@mentorbro/core/notifications';
import Type from 'typebox';
import { currentUser } from '../../plugins/auth';
import { notificationsService } from './notifications.service';

const security = [{ bearerAuth: [] }];
const Empty = Type.Null();

export const notificationsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const notifications = notificationsService({ db: app.db, clock: app.clock });
  const signedIn = app.guard();

  app.get(
    '/notifications',
    {
      onRequest: signedIn,
      schema: {
        tags: ['notifications'],
        summary: 'Her notifications, newest first, 30 a page',
        security,
        querystring: NotificationQuery,
        response: { 200: NotificationList, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => notifications.list(currentUser(request), request.query),
  );

  app.get(
    '/notifications/unread-count',
    {
      onRequest: signedIn,
      schema: {
        tags: ['notifications'],
        summary: "The bell's number: her unread notifications",
        security,
        response: { 200: UnreadCount, 401: ErrorBody },
      },
    },
    async (request) => ({ unread: await notifications.unread(currentUser(request)) }),
  );

  app.post(
    '/notifications/:id/read',
    {
      onRequest: signedIn,
      schema: {
        tags: ['notifications'],
        summary: 'Mark one of her notifications read',
        security,
        params: NotificationParamsId,
        response: { 204: Empty, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      await notifications.read(currentUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/notifications/read-all',
    {
      onRequest: signedIn,
      schema: {
        tags: ['notifications'],
        summary: 'Mark all her notifications read',
        security,
        response: { 204: Empty, 401: ErrorBody },
      },
    },
    async (request, reply) => {
      await notifications.readAll(currentUser(request));
      return reply.status(204).send(null);
    },
  );
};
