import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ErrorBody } from '@mentorbro/core/error';
import { MenteeProfileView, OwnProfile, ProfileBody } from '@mentorbro/core/profile-view';
import { MentorPage } from '@mentorbro/core/search';
import { trimBody } from '../../lib/trim-body';
import { currentUser } from '../../plugins/auth';
import { profilesService } from './profiles.service';

const security = [{ bearerAuth: [] }];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export const profilesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const profiles = profilesService({ db: app.db, clock: app.clock });

  app.get(
    '/me/profile',
    {
      onRequest: app.guard('mentee', 'mentor'),
      schema: {
        tags: ['profiles'],
        summary: 'Her own profile, its review status and any change waiting for approval',
        security,
        response: { 200: OwnProfile, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => profiles.own(currentUser(request)),
  );

  app.put(
    '/me/profile',
    {
      onRequest: app.guard('mentee', 'mentor'),
      // Both roles' free text; stored without the spaces around it.
      preValidation: trimBody(
        'headline',
        'about',
        'jobTitle',
        'partnerCompany',
        'interests',
        'educationField',
      ),
      // The body is her role's profile: which one is known only after the guard, so the
      // service checks it with core's rules for that role (the schema here documents both).
      attachValidation: true,
      schema: {
        tags: ['profiles'],
        summary: 'Send her profile (a new one waits for a coordinator)',
        security,
        body: ProfileBody,
        response: { 200: OwnProfile, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => profiles.save(currentUser(request), request.body),
  );

  app.get(
    '/mentors/:id',
    {
      onRequest: app.guard(),
      schema: {
        tags: ['profiles'],
        summary: "An approved mentor's public profile, with why she fits a mentee who asks",
        security,
        params: IdParams,
        response: { 200: MentorPage, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => profiles.mentor(currentUser(request), request.params.id),
  );

  app.get(
    '/mentees/:id',
    {
      onRequest: app.guard(),
      schema: {
        tags: ['profiles'],
        summary: "A mentee's profile, for coordinators and the mentors she asked",
        security,
        params: IdParams,
        response: { 200: MenteeProfileView, 400: ErrorBody, 401: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => profiles.mentee(currentUser(request), request.params.id),
  );
};
