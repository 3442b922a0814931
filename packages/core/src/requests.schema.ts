import Type, { type Static } from 'typebox';
import { GoalCode } from './profile.schema';
import { INTRODUCTION_STATUSES, REQUEST_STATUSES } from './states';
import { multiLine, singleLine } from './text.schema';

/**
 * Why a mentor says no, for the coordinators' numbers. The mentee never sees the code: she
 * reads one kind text that blames no one, and the mentor's own words if she wrote any.
 */
export const DECLINE_REASONS = [
  'no_time',
  'not_my_field',
  'cannot_help_with_goals',
  'too_far',
  'language',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/**
 * Set on a person whose account was deleted (by her, or erased by a coordinator on her
 * request): her place in others' records stays, her name does not. The one definition of the
 * flag: match views, surveys and the coordinators' views all use it.
 */
export const DeletedFlag = Type.Optional(Type.Literal(true));

/**
 * The other member as every match view shows her: her id and first name, nothing more. When
 * she has deleted her account (or a coordinator erased it), her place in the other's records
 * stays, with `deleted: true` and an empty first name: the SPA says "Slettet bruger".
 */
export const Person = Type.Object({
  id: Type.String({ format: 'uuid' }),
  firstName: Type.String(),
  deleted: DeletedFlag,
});
export type Person = Static<typeof Person>;

/** What each chose to show the other once an introduction opens; nothing else is shared. */
export const ContactShare = Type.Object(
  {
    /** Her account's email address. */
    email: Type.Boolean(),
    phone: Type.Optional(Type.String({ pattern: '^\\+?[0-9 ]{6,20}$' })),
  },
  { additionalProperties: false },
);
export type ContactShare = Static<typeof ContactShare>;

/** What the other sees: the address itself, when it was shared. */
export const SharedContact = Type.Object({
  email: Type.Optional(Type.String()),
  phone: Type.Optional(Type.String()),
});
export type SharedContact = Static<typeof SharedContact>;

/** A request's message: the dialog's three prompts, written together; 20-2000 characters. */
export const REQUEST_MESSAGE = { min: 20, max: 2000 } as const;

export const CreateRequestBody = Type.Object(
  {
    mentorId: Type.String({ format: 'uuid' }),
    message: multiLine(REQUEST_MESSAGE.min, REQUEST_MESSAGE.max),
    /** What she hopes the mentor helps with, from her goals. */
    goals: Type.Array(GoalCode, { minItems: 1, maxItems: 3, uniqueItems: true }),
    contact: ContactShare,
  },
  { additionalProperties: false },
);
export type CreateRequestBody = Static<typeof CreateRequestBody>;

export const AcceptRequestBody = Type.Object(
  { contact: ContactShare },
  { additionalProperties: false },
);
export type AcceptRequestBody = Static<typeof AcceptRequestBody>;

export const DeclineRequestBody = Type.Object(
  {
    reason: Type.Enum(DECLINE_REASONS),
    message: Type.Optional(multiLine(1, 500)),
  },
  { additionalProperties: false },
);
export type DeclineRequestBody = Static<typeof DeclineRequestBody>;

export const RequestStatus = Type.Enum(REQUEST_STATUSES);

export const RequestListQuery = Type.Object(
  { status: Type.Optional(RequestStatus) },
  { additionalProperties: false },
);
export type RequestListQuery = Static<typeof RequestListQuery>;

/**
 * A request as either member sees it. The status is as of now: a pending request past the
 * programme's days reads as expired even before any job has marked it.
 */
export const MatchRequest = Type.Object({
  id: Type.String({ format: 'uuid' }),
  status: RequestStatus,
  createdAt: Type.String({ format: 'date-time' }),
  /** When a pending request expires; null once answered. */
  expiresAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  answeredAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  message: Type.String(),
  goals: Type.Array(Type.String()),
  mentee: Person,
  mentor: Type.Intersect([Person, Type.Object({ headline: Type.String() })]),
  /** Withdrawn because another mentor accepted her: the mentor is told why. */
  withdrawnAutomatically: Type.Boolean(),
  /** The mentor's reason is for her and the coordinators; the mentee gets `declineMessage`. */
  declineReason: Type.Union([Type.Enum(DECLINE_REASONS), Type.Null()]),
  declineMessage: Type.Union([Type.String(), Type.Null()]),
  introductionId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
});
export type MatchRequest = Static<typeof MatchRequest>;

export const MatchRequestList = Type.Object({ items: Type.Array(MatchRequest) });
export type MatchRequestList = Static<typeof MatchRequestList>;

/** An introduction: the two meet once before deciding. */
export const Introduction = Type.Object({
  id: Type.String({ format: 'uuid' }),
  requestId: Type.String({ format: 'uuid' }),
  status: Type.Enum(INTRODUCTION_STATUSES),
  openedAt: Type.String({ format: 'date-time' }),
  /** After this, an introduction nobody answered lapses (coordinators see it as stuck). */
  answerBy: Type.String({ format: 'date-time' }),
  mentee: Type.Intersect([Person, Type.Object({ contact: SharedContact })]),
  mentor: Type.Intersect([Person, Type.Object({ contact: SharedContact })]),
  /** The viewer's own answer, and whether the other has answered (not what). */
  myAnswer: Type.Union([Type.Literal('continue'), Type.Literal('not_a_match'), Type.Null()]),
  otherAnswered: Type.Boolean(),
  mentorshipId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
});
export type Introduction = Static<typeof Introduction>;

export const IntroductionList = Type.Object({ items: Type.Array(Introduction) });
export type IntroductionList = Static<typeof IntroductionList>;

/** Why the introduction ends, when one says no; optional, for the coordinators. */
export const DeclineIntroductionBody = Type.Object(
  { note: Type.Optional(singleLine(1, 500)) },
  { additionalProperties: false },
);
export type DeclineIntroductionBody = Static<typeof DeclineIntroductionBody>;
