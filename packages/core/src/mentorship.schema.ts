import Type, { type Static } from 'typebox';
import { Person } from './requests.schema';
import { MENTORSHIP_STATUSES } from './states';
import { multiLine } from './text.schema';

/** What a meeting was about: the programmes' usual themes (seed 002, 4.3). */
export const LOG_TOPICS = [
  'cv',
  'job_search',
  'interview_practice',
  'danish_practice',
  'education',
  'work_culture',
  'network',
  'everyday_life',
  'other',
] as const;
export type LogTopic = (typeof LOG_TOPICS)[number];

/** How a mentorship ended, for the funders' numbers (seed 002, 4.4). */
export const END_OUTCOMES = [
  'job',
  'education',
  'internship',
  'closer_to_labour_market',
  'ended_early',
] as const;
export type EndOutcome = (typeof END_OUTCOMES)[number];

/** Why it ended early, when it did. */
export const EARLY_END_REASONS = [
  'no_time',
  'moved',
  'not_a_good_match',
  'goal_changed',
  'no_contact',
  'other',
] as const;

/**
 * Set by the platform, never chosen in the end dialog: the other member deleted her account.
 * The database takes both lists; members and coordinators choose from EARLY_END_REASONS only.
 */
export const ACCOUNT_DELETED = 'account_deleted';
export const STORED_EARLY_END_REASONS = [...EARLY_END_REASONS, ACCOUNT_DELETED] as const;
export type StoredEarlyEndReason = (typeof STORED_EARLY_END_REASONS)[number];

/** A meeting log may be changed by its author for this long after writing it. */
export const LOG_EDIT_DAYS = 7;

const isoDate = Type.String({ format: 'date' });

export const MeetingLogBody = Type.Object(
  {
    date: isoDate,
    minutes: Type.Integer({ minimum: 5, maximum: 600 }),
    topics: Type.Array(Type.Enum(LOG_TOPICS), {
      minItems: 1,
      maxItems: LOG_TOPICS.length,
      uniqueItems: true,
    }),
    notes: Type.Optional(multiLine(1, 2000)),
    nextSteps: Type.Optional(multiLine(1, 1000)),
  },
  { additionalProperties: false },
);
export type MeetingLogBody = Static<typeof MeetingLogBody>;

export const MeetingLog = Type.Object({
  id: Type.String({ format: 'uuid' }),
  authorId: Type.String({ format: 'uuid' }),
  date: isoDate,
  minutes: Type.Integer(),
  topics: Type.Array(Type.Enum(LOG_TOPICS)),
  notes: Type.Union([Type.String(), Type.Null()]),
  nextSteps: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  /** Until when its author may still change it; null for everyone else. */
  editableUntil: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type MeetingLog = Static<typeof MeetingLog>;

export const MeetingLogList = Type.Object({ items: Type.Array(MeetingLog) });
export type MeetingLogList = Static<typeof MeetingLogList>;

export const EndMentorshipBody = Type.Object(
  {
    outcome: Type.Enum(END_OUTCOMES),
    /** Required when the outcome is `ended_early`. */
    earlyReason: Type.Optional(Type.Enum(EARLY_END_REASONS)),
    note: Type.Optional(multiLine(1, 1000)),
  },
  { additionalProperties: false },
);
export type EndMentorshipBody = Static<typeof EndMentorshipBody>;

/** Either member proposes a new planned end; the other agrees (or it is withdrawn). */
export const PlannedEndBody = Type.Object({ plannedEnd: isoDate }, { additionalProperties: false });

export const Mentorship = Type.Object({
  id: Type.String({ format: 'uuid' }),
  status: Type.Enum(MENTORSHIP_STATUSES),
  mentee: Person,
  mentor: Person,
  startDate: isoDate,
  plannedEnd: isoDate,
  /** A change of the planned end waiting for the other's yes. */
  proposedEnd: Type.Union([
    Type.Object({ date: isoDate, byId: Type.String({ format: 'uuid' }) }),
    Type.Null(),
  ]),
  meetingsPerMonth: Type.Integer(),
  lastLogDate: Type.Union([isoDate, Type.Null()]),
  /** Running, and no meeting logged for the programme's quiet days: coordinators look. */
  quiet: Type.Boolean(),
  endedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  outcome: Type.Union([Type.Enum(END_OUTCOMES), Type.Null()]),
});
export type Mentorship = Static<typeof Mentorship>;

export const MentorshipList = Type.Object({ items: Type.Array(Mentorship) });
export type MentorshipList = Static<typeof MentorshipList>;

export const AdminMentorshipQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(MENTORSHIP_STATUSES)),
    /** Only the quiet ones (see `Mentorship.quiet`). */
    quiet: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type AdminMentorshipQuery = Static<typeof AdminMentorshipQuery>;

export const LogParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  logId: Type.String({ format: 'uuid' }),
});
