import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody } from '@mentorbro/core/error';
import {
  DEFAULT_PROGRAMME_SLUG,
  ProgrammeQuery,
  ProgrammeRules,
  PublicProgramme,
  ruleConflicts,
} from '@mentorbro/core/programme';
import { AppError, refused } from '../../lib/errors';
import { trimBody } from '../../lib/trim-body';
import { currentUser } from '../../plugins/auth';
import { recordAudit } from '../audit/audit.repository';
import {
  findProgrammeById,
  findProgrammeBySlug,
  updateProgrammeRules,
} from './programmes.repository';
import { toPublicProgramme, toRules } from './programmes.view';

const security = [{ bearerAuth: [] }];

export const programmesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/programme',
    {
      schema: {
        tags: ['programme'],
        summary: 'What the registration form needs to know about a programme',
        querystring: ProgrammeQuery,
        response: { 200: PublicProgramme, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request) => {
      const row = await findProgrammeBySlug(app.db, request.query.slug ?? DEFAULT_PROGRAMME_SLUG);
      if (!row) throw new AppError(404, 'not_found', 'There is no such programme.');
      return toPublicProgramme(row);
    },
  );

  app.get(
    '/me/programme',
    {
      onRequest: app.guard(),
      schema: {
        tags: ['programme'],
        summary: 'The programme the signed-in member belongs to',
        security,
        response: { 200: PublicProgramme, 401: ErrorBody },
      },
    },
    async (request) => {
      const row = await findProgrammeById(app.db, currentUser(request).programmeId);
      if (!row) throw new Error('A member without a programme');
      return toPublicProgramme(row);
    },
  );

  app.get(
    '/admin/programme',
    {
      onRequest: app.guard('admin'),
      schema: {
        tags: ['admin'],
        summary: "The rules of the coordinator's programme",
        security,
        response: { 200: ProgrammeRules, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      const row = await findProgrammeById(app.db, currentUser(request).programmeId);
      if (!row) throw new Error('A coordinator without a programme');
      return toRules(row);
    },
  );

  app.put(
    '/admin/programme',
    {
      onRequest: app.guard('admin'),
      preValidation: trimBody('name'),
      schema: {
        tags: ['admin'],
        summary: "Change the programme's rules",
        security,
        body: ProgrammeRules,
        response: { 200: ProgrammeRules, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      const admin = currentUser(request);
      const now = app.clock.now();
      const rules = request.body;
      const [conflict] = ruleConflicts(rules);
      if (conflict) {
        throw refused(`/${conflict.field}`, conflict.code, 'Each reminder comes before the next.');
      }
      return app.db.transaction(async (tx) => {
        const before = await findProgrammeById(tx, admin.programmeId);
        if (!before) throw new Error('A coordinator without a programme');
        const after = toRules(await updateProgrammeRules(tx, admin.programmeId, rules, now));
        const previous = toRules(before);
        const changed = (Object.keys(after) as (keyof ProgrammeRules)[]).filter(
          (key) => JSON.stringify(previous[key]) !== JSON.stringify(after[key]),
        );
        // Saving the form unchanged is not an action worth a line in the log.
        if (changed.length === 0) return after;
        await recordAudit(tx, {
          programmeId: admin.programmeId,
          at: now,
          actorId: admin.id,
          action: 'programme.update',
          details: { changed, before: previous, after },
        });
        return after;
      });
    },
  );
};
