import type {
  AnonymousAnswersBody,
  StartSurveyView,
  SurveyAnswers,
  SurveyDefinition,
  SurveyInvitation,
  SurveyToken,
} from '@mentorbro/core/survey';
import { answerProblems } from '@mentorbro/core/survey-rules';
import type { Db, Executor } from '../../db/client';
import type { Clock } from '../../lib/clock';
import { AppError, validationFailed } from '../../lib/errors';
import type { UserRow } from '../users/users.repository';
import { toPerson } from '../users/users.view';
import { definitionOf } from './survey-definitions.service';
import { hashSurveyToken, newSurveyToken } from './survey-token';
import {
  findInvitationByTokenForUpdate,
  findOwnInvitationForUpdate,
  findStartInvitation,
  insertAnonymousAnswers,
  type InvitationRow,
  listInvitations,
  updateInvitation,
} from './surveys.repository';

const noSuchSurvey = () => new AppError(404, 'not_found', 'There is no such survey.');
const answered = () => new AppError(409, 'survey_answered', 'This survey has been answered.');

type Listed = Awaited<ReturnType<typeof listInvitations>>[number];

/** "YYYY-MM-01" of the clock's month (UTC): the finest time an anonymous answer keeps. */
const monthOf = (now: Date) => `${now.toISOString().slice(0, 7)}-01`;

/** Answers that do not fit their version's questions: 400 with each answer's path. */
function checkAnswers(definition: SurveyDefinition, answers: SurveyAnswers) {
  const problems = answerProblems(definition, answers);
  if (problems.length > 0) {
    throw validationFailed(
      problems.map((problem) => ({
        field: problem.path,
        rule: problem.code,
        message: 'This answer does not fit the question.',
      })),
    );
  }
}

export function surveysService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  /** Each invitation with the definition of its own version, read once per version. */
  async function toInvitations(rows: Listed[]): Promise<SurveyInvitation[]> {
    const definitions = new Map<string, SurveyDefinition>();
    const items: SurveyInvitation[] = [];
    for (const { invitation, mentee, mentor } of rows) {
      const key = `${invitation.form}:${invitation.version}`;
      let definition = definitions.get(key);
      if (!definition) {
        definition = await definitionOf(
          db,
          invitation.programmeId,
          invitation.form,
          invitation.version,
        );
        definitions.set(key, definition);
      }
      const other = invitation.form === 'mentor_end' ? mentee : mentor;
      const person = toPerson(other.id, other.name, other.deletedAt);
      items.push({
        id: invitation.id,
        form: invitation.form,
        status: invitation.status,
        mentorshipId: invitation.mentorshipId,
        otherFirstName: person.firstName,
        ...(person.deleted ? { otherDeleted: true } : {}),
        createdAt: invitation.createdAt.toISOString(),
        definition,
      });
    }
    return items;
  }

  /** One of her own invitations, locked; anybody else's is as good as missing. */
  async function own(tx: Executor, user: UserRow, id: string): Promise<InvitationRow> {
    const row = await findOwnInvitationForUpdate(tx, user.id, id);
    if (row?.programmeId !== user.programmeId) throw noSuchSurvey();
    return row;
  }

  return {
    async list(user: UserRow): Promise<SurveyInvitation[]> {
      return toInvitations(
        await listInvitations(db, { userId: user.id, programmeId: user.programmeId }),
      );
    },

    async get(user: UserRow, id: string): Promise<SurveyInvitation> {
      const rows = await listInvitations(db, {
        userId: user.id,
        programmeId: user.programmeId,
        id,
      });
      const [item] = await toInvitations(rows);
      if (!item) throw noSuchSurvey();
      return item;
    },

    /**
     * Her start answers, kept with her: her mentor and the coordinators read them to guide the
     * mentorship. An end form is refused with 409 `invalid_transition`: the body is valid, but
     * end answers travel only through the anonymous route, never with her session.
     */
    async answerStart(user: UserRow, id: string, answers: SurveyAnswers): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await own(tx, user, id);
        if (row.form !== 'mentee_start') {
          throw new AppError(409, 'invalid_transition', 'An end survey is answered anonymously.');
        }
        if (row.status === 'answered') throw answered();
        checkAnswers(await definitionOf(tx, row.programmeId, row.form, row.version), answers);
        await updateInvitation(tx, id, { status: 'answered', answers });
      });
    },

    /** "No thanks": no reminder then. She may still answer later; saying it twice is fine. */
    async decline(user: UserRow, id: string): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await own(tx, user, id);
        if (row.status === 'answered') throw answered();
        if (row.status === 'open') await updateInvitation(tx, id, { status: 'declined' });
      });
    },

    /**
     * A fresh one-time token for her end survey; only its hash is kept, replacing any earlier
     * one, so a token she got before (in another tab, say) no longer works.
     */
    async token(user: UserRow, id: string): Promise<SurveyToken> {
      return db.transaction(async (tx) => {
        const row = await own(tx, user, id);
        if (row.form === 'mentee_start') {
          throw new AppError(409, 'invalid_transition', 'The start survey needs no token.');
        }
        if (row.status === 'answered') throw answered();
        const { token, hash } = newSurveyToken();
        await updateInvitation(tx, id, { tokenHash: hash });
        return { token };
      });
    },

    /**
     * End answers sent with a token and nothing else. The invitation only learns that it was
     * answered (its token hash stays, so a replay is refused); the answers go with the programme,
     * form, version, region and month, and no way back, to `survey_answer_pool`, not straight to
     * `survey_answers`: written in this transaction, they would share the invitation's `xmin`.
     * `moveSurveyPool` moves them later, in a batch of at least five (survey-pool.ts).
     * No audit, event, notification or log line: each would say who answered and when.
     */
    async answerAnonymously(body: AnonymousAnswersBody): Promise<void> {
      await db.transaction(async (tx) => {
        const row = await findInvitationByTokenForUpdate(tx, hashSurveyToken(body.token));
        if (!row) throw noSuchSurvey();
        if (row.status === 'answered') throw answered();
        checkAnswers(await definitionOf(tx, row.programmeId, row.form, row.version), body.answers);
        await updateInvitation(tx, row.id, { status: 'answered' });
        await insertAnonymousAnswers(tx, {
          programmeId: row.programmeId,
          form: row.form,
          version: row.version,
          month: monthOf(clock.now()),
          region: row.region,
          answers: body.answers,
        });
      });
    },

    /** Her start answers, for her, her mentor and the programme's coordinators. */
    async startSurvey(user: UserRow, mentorshipId: string): Promise<StartSurveyView> {
      const row = await findStartInvitation(db, mentorshipId);
      const mayRead =
        row?.invitation.programmeId === user.programmeId &&
        (user.role === 'admin' || user.id === row.menteeId || user.id === row.mentorId);
      if (!row || !mayRead) throw new AppError(404, 'not_found', 'There is no start survey.');
      const { invitation } = row;
      return {
        status: invitation.status,
        definition: await definitionOf(
          db,
          invitation.programmeId,
          invitation.form,
          invitation.version,
        ),
        answers: invitation.answers ?? null,
      };
    },
  };
}
