import {
  SURVEY_FORMS,
  type SurveyDefinition,
  type SurveyDefinitionBody,
  type SurveyForm,
} from '@mentorbro/core/survey';
import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import { definitionProblems } from '@mentorbro/core/survey-rules';
import type { Db, Executor } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { validationFailed } from '../../lib/errors';
import { recordAudit } from '../audit/audit.repository';
import type { UserRow } from '../users/users.repository';
import {
  type DefinitionRow,
  findDefinition,
  findLatestDefinition,
  insertDefinition,
  lockProgramme,
} from './surveys.repository';

const toDefinition = (row: DefinitionRow): SurveyDefinition => ({
  form: row.form,
  version: row.version,
  intro: row.intro,
  questions: row.questions,
});

/** The version new invitations get: the programme's newest, or core's default (version 1). */
export async function currentDefinition(
  db: Executor,
  programmeId: string,
  form: SurveyForm,
): Promise<SurveyDefinition> {
  const row = await findLatestDefinition(db, programmeId, form);
  return row ? toDefinition(row) : DEFAULT_SURVEYS[form];
}

/** The version an invitation was made with: answers are shown and checked against it. */
export async function definitionOf(
  db: Executor,
  programmeId: string,
  form: SurveyForm,
  version: number,
): Promise<SurveyDefinition> {
  if (version === 1) return DEFAULT_SURVEYS[form];
  const row = await findDefinition(db, programmeId, form, version);
  // Versions are only ever added, so an invitation's version is always there.
  if (!row) throw new Error(`Survey ${form} version ${version} is missing`);
  return toDefinition(row);
}

/** A coordinator's view of her programme's forms, and a new version of one. */
export function surveyDefinitionsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async list(admin: UserRow): Promise<SurveyDefinition[]> {
      const items: SurveyDefinition[] = [];
      for (const form of SURVEY_FORMS) {
        items.push(await currentDefinition(db, admin.programmeId, form));
      }
      return items;
    },

    /**
     * Saves the next version. Earlier invitations keep theirs, so answers already given stay
     * readable; the funders' indicators must stay in (core's definitionProblems).
     */
    async save(
      admin: UserRow,
      form: SurveyForm,
      body: SurveyDefinitionBody,
    ): Promise<SurveyDefinition> {
      const problems = definitionProblems(form, body);
      if (problems.length > 0) {
        throw validationFailed(
          problems.map((problem) => ({
            field: problem.path,
            rule: problem.code,
            message: 'This form cannot be saved like this.',
          })),
        );
      }
      return db.transaction(async (tx) => {
        await lockProgramme(tx, admin.programmeId);
        const now = clock.now();
        const current = await currentDefinition(tx, admin.programmeId, form);
        const version = current.version + 1;
        await insertDefinition(tx, {
          programmeId: admin.programmeId,
          form,
          version,
          intro: body.intro,
          questions: body.questions,
          createdAt: now,
          createdBy: admin.id,
        });
        await recordAudit(tx, {
          programmeId: admin.programmeId,
          at: now,
          actorId: admin.id,
          action: 'survey.update',
          details: { form, version },
        });
        return { form, version, intro: body.intro, questions: body.questions };
      });
    },
  };
}
