import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody } from '@mentorbro/core/error';
import { Stats, StatsQuery } from '@mentorbro/core/stats';
import { currentUser } from '../../plugins/auth';
import { statsService } from './stats.service';

const security = [{ bearerAuth: [] }];

export const statsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const stats = statsService({ db: app.db, clock: app.clock });

  app.get(
    '/admin/stats',
    {
      onRequest: app.guard('admin'),
      schema: {
        tags: ['admin'],
        summary:
          'The programme’s numbers for a period: funnel, mentorships, months and end surveys ' +
          '(null when too few to show: a count needs 5 answers, a share 5 yes and 5 no)',
        security,
        querystring: StatsQuery,
        response: { 200: Stats, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => stats.get(currentUser(request), request.query),
  );
};
