import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '@mentorbro/core/admin';
import { ErrorBody } from '@mentorbro/core/error';
import {
  AdminMentorshipQuery,
  EndMentorshipBody,
  LogParams,
  MeetingLog,
  MeetingLogBody,
  MeetingLogList,
  Mentorship,
  MentorshipList,
  PlannedEndBody,
} from '@mentorbro/core/mentorship';
import { trimBody } from '../../lib/trim-body';
import { currentUser } from '../../plugins/auth';
import { mentorshipsService } from './mentorships.service';

const security = [{ bearerAuth: [] }];
const read = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const write = { ...read, 409: ErrorBody };
const tags = ['mentorships'];

export const mentorshipsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const mentorships = mentorshipsService({ db: app.db, clock: app.clock });
  const members = app.guard('mentee', 'mentor');
  const anyone = app.guard('mentee', 'mentor', 'admin');

  app.get(
    '/mentorships',
    {
      onRequest: members,
      schema: {
        tags,
        summary: 'Her mentorships, the running one first',
        security,
        response: { 200: MentorshipList, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => ({ items: await mentorships.list(currentUser(request)) }),
  );

  app.get(
    '/mentorships/:id',
    {
      onRequest: anyone,
      schema: {
        tags,
        summary: 'One mentorship, for its two members and coordinators',
        security,
        params: IdParams,
        response: { 200: Mentorship, ...read },
      },
    },
    async (request) => mentorships.get(currentUser(request), request.params.id),
  );

  app.get(
    '/mentorships/:id/logs',
    {
      onRequest: anyone,
      schema: {
        tags,
        summary: 'The meetings logged, newest first',
        security,
        params: IdParams,
        response: { 200: MeetingLogList, ...read },
      },
    },
    async (request) => ({
      items: await mentorships.logs(currentUser(request), request.params.id),
    }),
  );

  app.post(
    '/mentorships/:id/logs',
    {
      onRequest: members,
      preValidation: trimBody('notes', 'nextSteps'),
      schema: {
        tags,
        summary: 'Log a meeting',
        security,
        params: IdParams,
        body: MeetingLogBody,
        response: { 201: MeetingLog, ...write },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await mentorships.addLog(currentUser(request), request.params.id, request.body)),
  );

  app.put(
    '/mentorships/:id/logs/:logId',
    {
      onRequest: members,
      preValidation: trimBody('notes', 'nextSteps'),
      schema: {
        tags,
        summary: 'Correct a meeting log: its author, within 7 days',
        security,
        params: LogParams,
        body: MeetingLogBody,
        response: { 200: MeetingLog, ...write },
      },
    },
    async (request) =>
      mentorships.editLog(
        currentUser(request),
        request.params.id,
        request.params.logId,
        request.body,
      ),
  );

  app.post(
    '/mentorships/:id/end',
    {
      onRequest: anyone,
      preValidation: trimBody('note'),
      schema: {
        tags,
        summary: 'End it with an outcome; a coordinator gives a reason, and it is audited',
        security,
        params: IdParams,
        body: EndMentorshipBody,
        response: { 200: Mentorship, ...write },
      },
    },
    async (request) => mentorships.end(currentUser(request), request.params.id, request.body),
  );

  app.post(
    '/mentorships/:id/planned-end',
    {
      onRequest: members,
      schema: {
        tags,
        summary: 'Propose a new planned end; the other member agrees',
        security,
        params: IdParams,
        body: PlannedEndBody,
        response: { 200: Mentorship, ...write },
      },
    },
    async (request) =>
      mentorships.proposeEnd(currentUser(request), request.params.id, request.body.plannedEnd),
  );

  app.post(
    '/mentorships/:id/planned-end/agree',
    {
      onRequest: members,
      schema: {
        tags,
        summary: 'Agree to the new planned end the other proposed',
        security,
        params: IdParams,
        response: { 200: Mentorship, ...write },
      },
    },
    async (request) => mentorships.agreeEnd(currentUser(request), request.params.id),
  );

  app.get(
    '/admin/mentorships',
    {
      onRequest: app.guard('admin'),
      schema: {
        tags: ['admin'],
        summary: 'The programme’s mentorships, with the last meeting logged; quiet ones',
        security,
        querystring: AdminMentorshipQuery,
        response: { 200: MentorshipList, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => ({
      items: await mentorships.adminList(currentUser(request), request.query),
    }),
  );
};
