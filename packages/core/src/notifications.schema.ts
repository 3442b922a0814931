import Type, { type Static } from 'typebox';
import { multiLine } from './text.schema';

/**
 * # Notifications
 *
 * Every event a member should know about, in the app (the bell) and by email. The texts are in
 * `notifications.texts.ts`, shared by the SPA and the email templates, so one wording serves both.
 */
export const NOTIFICATION_KINDS = [
  // Requests
  'request_received',
  'request_accepted',
  'request_declined',
  'request_withdrawn',
  'request_withdrawn_automatically',
  'request_expired',
  'request_expired_mentor',
  'request_reminder',
  'mentor_paused',
  // Introductions
  'introduction_answered',
  'introduction_declined',
  'introduction_lapsed',
  'introduction_reminder',
  // Mentorships
  'mentorship_started',
  'log_added',
  'mentorship_end_proposed',
  'mentorship_planned_end_changed',
  'mentorship_ending_soon',
  'mentorship_quiet',
  'mentorship_ended',
  // Profile and finding a mentor
  'profile_approved',
  'profile_rejected',
  'first_request_nudge',
  'mentors_suggested',
  // Surveys: offered when a mentorship starts and ends, reminded once
  'survey_start',
  'survey_end',
  'survey_reminder',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Emails a member may turn off: tips and suggestions. Everything about her requests, her
 * introduction, her mentorship and her profile always reaches her.
 */
export const OPTIONAL_EMAIL_KINDS: readonly NotificationKind[] = [
  'first_request_nudge',
  'mentors_suggested',
];

export const isOptionalEmail = (kind: NotificationKind) => OPTIONAL_EMAIL_KINDS.includes(kind);

/**
 * The survey notices. Coordinators never see their emails: a pending reminder names a member
 * who has not answered her anonymous end survey yet, and so, by elimination, who has.
 */
export const SURVEY_NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'survey_start',
  'survey_end',
  'survey_reminder',
];

/** A mentor named in a notification: the three suggestions after an expiry, say. */
export const SuggestedMentor = Type.Object({
  id: Type.String({ format: 'uuid' }),
  firstName: Type.String(),
  headline: Type.String(),
});
export type SuggestedMentor = Static<typeof SuggestedMentor>;

/** What a notification's text is filled with; only first names, never contact details. */
export const NotificationParams = Type.Object({
  /** The other person's first name. */
  name: Type.Optional(Type.String()),
  /** A day, YYYY-MM-DD: a planned end. */
  date: Type.Optional(Type.String({ format: 'date' })),
  days: Type.Optional(Type.Integer({ minimum: 0 })),
  mentors: Type.Optional(Type.Array(SuggestedMentor, { maxItems: 3 })),
  /** A coordinator's own words with her suggestions. */
  note: Type.Optional(Type.String()),
});
export type NotificationParams = Static<typeof NotificationParams>;

export const Notification = Type.Object({
  id: Type.String({ format: 'uuid' }),
  kind: Type.Enum(NOTIFICATION_KINDS),
  params: NotificationParams,
  /** Where in the app it leads, e.g. `/requests-for-me`. */
  link: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  readAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type Notification = Static<typeof Notification>;

export const NOTIFICATIONS_PAGE = 30;

export const NotificationQuery = Type.Object(
  {
    unread: Type.Optional(Type.Boolean()),
    /** The last id of the previous page (newest first). */
    before: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);
export type NotificationQuery = Static<typeof NotificationQuery>;

export const NotificationList = Type.Object({
  items: Type.Array(Notification),
  unread: Type.Integer({ minimum: 0 }),
  /** Pass as `before` for the next, older page; null on the last one. */
  next: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
});
export type NotificationList = Static<typeof NotificationList>;

export const UnreadCount = Type.Object({ unread: Type.Integer({ minimum: 0 }) });
export type UnreadCount = Static<typeof UnreadCount>;

export const NotificationParamsId = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

/** A mentee on the coordinators' waiting list: approved long ago, still without a match. */
export const WaitingMentee = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  approvedAt: Type.String({ format: 'date-time' }),
  daysWaiting: Type.Integer({ minimum: 0 }),
  /** Requests she has sent in all, and how many of them wait for an answer now. */
  requestsSent: Type.Integer({ minimum: 0 }),
  requestsPending: Type.Integer({ minimum: 0 }),
  /** When a coordinator last suggested mentors to her. */
  lastSuggestedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type WaitingMentee = Static<typeof WaitingMentee>;

export const WaitingList = Type.Object({
  items: Type.Array(WaitingMentee),
  /** The programme's rule: days after approval before a mentee shows here. */
  days: Type.Integer({ minimum: 1 }),
});
export type WaitingList = Static<typeof WaitingList>;

export const SuggestMentorsBody = Type.Object(
  {
    mentorIds: Type.Array(Type.String({ format: 'uuid' }), {
      minItems: 1,
      maxItems: 3,
      uniqueItems: true,
    }),
    /** A few kind words from the coordinator, shown with the suggestions. */
    note: Type.Optional(multiLine(1, 500)),
  },
  { additionalProperties: false },
);
export type SuggestMentorsBody = Static<typeof SuggestMentorsBody>;

/**
 * An email's way out: waiting (or between retries), sent, or dead after its last attempt
 * failed, when a coordinator looks at why and may send it again.
 */
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'dead'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Attempts before an email is dead; the waits between them double from a minute. */
export const EMAIL_MAX_ATTEMPTS = 8;

export const OutboxEmail = Type.Object({
  id: Type.Integer(),
  status: Type.Enum(OUTBOX_STATUSES),
  kind: Type.Enum(NOTIFICATION_KINDS),
  recipient: Type.Object({ id: Type.String({ format: 'uuid' }), name: Type.String() }),
  subject: Type.String(),
  attempts: Type.Integer({ minimum: 0 }),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  nextAttemptAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type OutboxEmail = Static<typeof OutboxEmail>;

export const OutboxQuery = Type.Object(
  { status: Type.Optional(Type.Enum(['pending', 'dead'] as const)) },
  { additionalProperties: false },
);
export type OutboxQuery = Static<typeof OutboxQuery>;

export const OutboxPage = Type.Object({
  items: Type.Array(OutboxEmail),
  counts: Type.Object({
    pending: Type.Integer({ minimum: 0 }),
    dead: Type.Integer({ minimum: 0 }),
    sentLastDay: Type.Integer({ minimum: 0 }),
  }),
});
export type OutboxPage = Static<typeof OutboxPage>;

export const OutboxParams = Type.Object(
  { id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) },
  { additionalProperties: false },
);
