import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '@mentorbro/core/admin';
import { ErrorBody } from '@mentorbro/core/error';
import {
  AnonymousAnswersBody,
  StartAnswersBody,
  StartSurveyView,
  SurveyInvitation,
  SurveyInvitationList,
  SurveyParams,
  SurveyToken,
} from '@mentorbro/core/survey';
import Type from 'typebox';
import { currentUser } from '../../plugins/auth';
import { surveyDefinitionsRoutes } from './survey-definitions.routes';
import { surveysService } from './surveys.service';

const security = [{ bearerAuth: [] }];
const read = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const write = { 204: Type.Null(), 400: ErrorBody, ...read, 409: ErrorBody };
const tags = ['surveys'];

export const surveysRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const surveys = surveysService({ db: app.db, clock: app.clock });
  const members = app.guard('mentee', 'mentor');

  app.get(
    '/surveys',
    {
      onRequest: members,
      schema: {
        tags,
        summary: 'Her surveys, newest first, each with the questions of its version',
        security,
        response: { 200: SurveyInvitationList, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => ({ items: await surveys.list(currentUser(request)) }),
  );

  app.get(
    '/surveys/:id',
    {
      onRequest: members,
      schema: {
        tags,
        summary: 'One of her surveys',
        security,
        params: SurveyParams,
        response: { 200: SurveyInvitation, 400: ErrorBody, ...read },
      },
    },
    async (request) => surveys.get(currentUser(request), request.params.id),
  );

  app.post(
    '/surveys/:id/answers',
    {
      onRequest: members,
      schema: {
        tags,
        summary: 'Her start answers, kept with her (an end survey answers 409)',
        security,
        params: SurveyParams,
        body: StartAnswersBody,
        response: write,
      },
    },
    async (request, reply) => {
      await surveys.answerStart(currentUser(request), request.params.id, request.body.answers);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/surveys/:id/decline',
    {
      onRequest: members,
      schema: {
        tags,
        summary: '"No thanks": no reminder; she may still answer later',
        security,
        params: SurveyParams,
        response: write,
      },
    },
    async (request, reply) => {
      await surveys.decline(currentUser(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/surveys/:id/token',
    {
      onRequest: members,
      schema: {
        tags,
        summary: 'A one-time token to send her end answers anonymously',
        security,
        params: SurveyParams,
        response: { 200: SurveyToken, 400: ErrorBody, ...read, 409: ErrorBody },
      },
    },
    async (request) => surveys.token(currentUser(request), request.params.id),
  );

  // No guard and no reading of who calls: the token alone says the answers may be sent. Nor a
  // log line: its time next to the same member's `/token` line would say whose answers they are.
  app.post(
    '/surveys/anonymous',
    {
      logLevel: 'silent',
      schema: {
        tags,
        summary: 'End answers with a one-time token, stored without anything that leads back',
        body: AnonymousAnswersBody,
        response: { 204: Type.Null(), 400: ErrorBody, 404: ErrorBody, 409: ErrorBody },
      },
    },
    async (request, reply) => {
      await surveys.answerAnonymously(request.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/mentorships/:id/start-survey',
    {
      onRequest: app.guard('mentee', 'mentor', 'admin'),
      schema: {
        tags: ['mentorships', ...tags],
        summary: 'Her start answers, for the two members and the coordinators',
        security,
        params: IdParams,
        response: { 200: StartSurveyView, 400: ErrorBody, ...read },
      },
    },
    async (request) => surveys.startSurvey(currentUser(request), request.params.id),
  );

  await app.register(surveyDefinitionsRoutes);
};
