import Type, { type Static } from 'typebox';
import { DeletedFlag } from './requests.schema';
import { SCALE_MAX, SCALE_MIN } from './survey.rules';
import { singleLine } from './text.schema';

// Kept in survey.rules.ts, which has no TypeBox, so the SPA's small pages can use them.
export { isAnonymousForm, SCALE_MAX, SCALE_MIN } from './survey.rules';

/**
 * # Surveys
 *
 * Three forms: the mentee's start survey when her mentorship starts (her challenges; linked to
 * her, since it guides the mentorship), and an end survey for each member when it ends. The
 * end answers are anonymous: stored without her, her mentorship or a time finer than the
 * month, and each member can send them once, with a one-time token.
 *
 * The questions are data (`SurveyDefinition`), so a programme changes them without code; the
 * defaults are in `survey.defaults.ts`. A few questions are the funders' indicators and must
 * stay in every version (`SURVEY_INDICATORS`), so numbers stay comparable over the years.
 */
export const SURVEY_FORMS = ['mentee_start', 'mentee_end', 'mentor_end'] as const;
export type SurveyForm = (typeof SURVEY_FORMS)[number];

export const QUESTION_TYPES = ['choice', 'choices', 'scale'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

const Id = Type.String({ pattern: '^[a-z][a-z0-9_]{0,39}$' });
/** Option ids may be catalogue codes such as `18-24` or `65+`. */
const OptionId = Type.String({ pattern: '^[a-z0-9][a-z0-9_+-]{0,39}$' });

export const Localized = Type.Object(
  { da: singleLine(1, 300), en: singleLine(1, 300) },
  { additionalProperties: false },
);
export type Localized = Static<typeof Localized>;

export const SurveyOption = Type.Object(
  { id: OptionId, label: Localized },
  { additionalProperties: false },
);
export type SurveyOption = Static<typeof SurveyOption>;

export const SurveyQuestion = Type.Object(
  {
    id: Id,
    /** `choice`: one option; `choices`: any number; `scale`: 1-5. */
    type: Type.Enum(QUESTION_TYPES),
    label: Localized,
    /** A line under the question, e.g. "Choose all that fit". */
    hint: Type.Optional(Localized),
    /** For `choice` and `choices`. */
    options: Type.Optional(Type.Array(SurveyOption, { minItems: 2, maxItems: 20 })),
    /** For `scale`: the words at 1 and at 5. */
    scaleLabels: Type.Optional(
      Type.Object({ low: Localized, high: Localized }, { additionalProperties: false }),
    ),
    /** Background questions (age, years in Denmark, education) are shown under their own heading. */
    background: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type SurveyQuestion = Static<typeof SurveyQuestion>;

/** What a coordinator sends to change a form; the version is given by the server. */
export const SurveyDefinitionBody = Type.Object(
  {
    intro: Localized,
    questions: Type.Array(SurveyQuestion, { minItems: 1, maxItems: 30 }),
  },
  { additionalProperties: false },
);
export type SurveyDefinitionBody = Static<typeof SurveyDefinitionBody>;

export const SurveyDefinition = Type.Object({
  form: Type.Enum(SURVEY_FORMS),
  version: Type.Integer({ minimum: 1 }),
  intro: Localized,
  questions: Type.Array(SurveyQuestion),
});
export type SurveyDefinition = Static<typeof SurveyDefinition>;

/**
 * Answers by question id: an option id, a list of option ids, or a number on the scale. Every
 * question may be left out: the survey is offered, never forced.
 */
export const SurveyAnswers = Type.Record(
  Id,
  Type.Union([
    OptionId,
    Type.Array(OptionId, { maxItems: 20, uniqueItems: true }),
    Type.Integer({ minimum: SCALE_MIN, maximum: SCALE_MAX }),
  ]),
  { maxProperties: 30 },
);
export type SurveyAnswers = Static<typeof SurveyAnswers>;

export const SURVEY_STATUSES = ['open', 'answered', 'declined'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** A survey offered to one member: the start survey, or her end survey. */
export const SurveyInvitation = Type.Object({
  id: Type.String({ format: 'uuid' }),
  form: Type.Enum(SURVEY_FORMS),
  status: Type.Enum(SURVEY_STATUSES),
  mentorshipId: Type.String({ format: 'uuid' }),
  /** The other member's first name, to say which mentorship it is about; '' when deleted. */
  otherFirstName: Type.String(),
  /** The other member deleted her account: the SPA says "Slettet bruger", as in Person. */
  otherDeleted: DeletedFlag,
  createdAt: Type.String({ format: 'date-time' }),
  definition: SurveyDefinition,
});
export type SurveyInvitation = Static<typeof SurveyInvitation>;

export const SurveyInvitationList = Type.Object({ items: Type.Array(SurveyInvitation) });
export type SurveyInvitationList = Static<typeof SurveyInvitationList>;

export const SurveyParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

/** Her start answers, sent with her own session: they are linked to her. */
export const StartAnswersBody = Type.Object(
  { answers: SurveyAnswers },
  { additionalProperties: false },
);
export type StartAnswersBody = Static<typeof StartAnswersBody>;

/** The one-time token for an end survey, handed out to its member only. */
export const SurveyToken = Type.Object({ token: Type.String({ minLength: 43, maxLength: 43 }) });
export type SurveyToken = Static<typeof SurveyToken>;

/** End answers: only the token says they may be sent, and nothing says by whom. */
export const AnonymousAnswersBody = Type.Object(
  {
    token: Type.String({ minLength: 43, maxLength: 43, pattern: '^[A-Za-z0-9_-]+$' }),
    answers: SurveyAnswers,
  },
  { additionalProperties: false },
);
export type AnonymousAnswersBody = Static<typeof AnonymousAnswersBody>;

/** The start answers shown on the mentorship page to both members and the coordinators. */
export const StartSurveyView = Type.Object({
  status: Type.Enum(SURVEY_STATUSES),
  definition: SurveyDefinition,
  /** Null until she has answered. */
  answers: Type.Union([SurveyAnswers, Type.Null()]),
});
export type StartSurveyView = Static<typeof StartSurveyView>;

export const SurveyFormParams = Type.Object({ form: Type.Enum(SURVEY_FORMS) });

export const SurveyDefinitionList = Type.Object({ items: Type.Array(SurveyDefinition) });
export type SurveyDefinitionList = Static<typeof SurveyDefinitionList>;

/** A member is offered one reminder, this long after the survey, unless she said no thanks. */
export const SURVEY_REMINDER_DAYS = 7;
