import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody } from '@mentorbro/core/error';
import {
  SurveyDefinition,
  SurveyDefinitionBody,
  SurveyDefinitionList,
  SurveyFormParams,
} from '@mentorbro/core/survey';
import { currentUser } from '../../plugins/auth';
import { surveyDefinitionsService } from './survey-definitions.service';

const security = [{ bearerAuth: [] }];

/** The coordinators' side: the questions of their programme's three forms. */
export const surveyDefinitionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const definitions = surveyDefinitionsService({ db: app.db, clock: app.clock });

  app.get(
    '/admin/surveys',
    {
      onRequest: app.guard('admin'),
      schema: {
        tags: ['admin'],
        summary: 'The current version of each survey form',
        security,
        response: { 200: SurveyDefinitionList, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => ({ items: await definitions.list(currentUser(request)) }),
  );

  app.put(
    '/admin/surveys/:form',
    {
      onRequest: app.guard('admin'),
      schema: {
        tags: ['admin'],
        summary: 'Save a new version of a form; the indicators must stay',
        security,
        params: SurveyFormParams,
        body: SurveyDefinitionBody,
        response: { 200: SurveyDefinition, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => definitions.save(currentUser(request), request.params.form, request.body),
  );
};
