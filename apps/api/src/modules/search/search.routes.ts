import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody } from '@mentorbro/core/error';
import {
  MentorSearchPage,
  MentorSearchQuery,
  Recommendations,
  RecommendationsQuery,
} from '@mentorbro/core/search';
import { currentUser } from '../../plugins/auth';
import { searchService } from './search.service';

const security = [{ bearerAuth: [] }];

export const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const search = searchService({ db: app.db, clock: app.clock });

  app.get(
    '/mentors',
    {
      onRequest: app.guard(),
      schema: {
        tags: ['search'],
        summary:
          'Find mentors by words and filters, with facet counts and, for a mentee, why each fits',
        security,
        querystring: MentorSearchQuery,
        response: { 200: MentorSearchPage, 400: ErrorBody, 401: ErrorBody },
      },
    },
    async (request) => search.search(currentUser(request), request.query),
  );

  app.get(
    '/me/recommendations',
    {
      onRequest: app.guard('mentee'),
      schema: {
        tags: ['search'],
        summary: 'Mentors who fit her best and take requests now, with the reasons',
        security,
        querystring: RecommendationsQuery,
        response: { 200: Recommendations, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => search.recommendations(currentUser(request), request.query.limit),
  );
};
