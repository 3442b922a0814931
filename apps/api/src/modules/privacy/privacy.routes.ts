import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { IdParams } from '@mentorbro/core/admin';
import { ErrorBody } from '@mentorbro/core/error';
import {
  DeleteAccountBody,
  EraseMemberBody,
  exportFileName,
  PersonalData,
} from '@mentorbro/core/privacy';
import { trimBody } from '../../lib/trim-body';
import { currentUser } from '../../plugins/auth';
import { clearAuthCookies } from '../auth/auth.routes';
import { privacyService } from './privacy.service';

const security = [{ bearerAuth: [] }];

/** The GDPR rights of access (export) and erasure (delete), for members and coordinators. */
export const privacyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const privacy = privacyService({ db: app.db, clock: app.clock });

  app.get(
    '/me/export',
    {
      onRequest: app.guard(),
      schema: {
        tags: ['privacy'],
        summary: 'Everything the platform holds about her, as a JSON file (right of access)',
        security,
        response: { 200: PersonalData, 401: ErrorBody },
      },
    },
    async (request, reply) => {
      const data = await privacy.exportData(currentUser(request));
      reply
        .header(
          'content-disposition',
          `attachment; filename="${exportFileName(new Date(data.exportedAt))}"`,
        )
        // Her whole file must not stay in a shared or proxy cache.
        .header('cache-control', 'no-store');
      return data;
    },
  );

  app.delete(
    '/me',
    {
      onRequest: app.guard(),
      // Her password is asked for in case someone else holds her phone: he must not guess it here.
      preHandler: app.limit('accountDeletion'),
      schema: {
        tags: ['privacy'],
        summary: 'Delete her account: personal data erased, the other member keeps "deleted user"',
        security,
        body: DeleteAccountBody,
        response: {
          204: Type.Null(),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          409: ErrorBody,
          429: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      await privacy.deleteOwn(currentUser(request), request.body.password);
      clearAuthCookies(reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/admin/users/:id/erase',
    {
      onRequest: app.guard('admin'),
      preValidation: trimBody('reason'),
      schema: {
        tags: ['admin'],
        summary: "Erase a member's account at her request, as if she deleted it herself",
        security,
        params: IdParams,
        body: EraseMemberBody,
        response: {
          204: Type.Null(),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
        },
      },
    },
    async (request, reply) => {
      await privacy.eraseMember(currentUser(request), request.params.id, request.body.reason);
      return reply.status(204).send(null);
    },
  );
};
