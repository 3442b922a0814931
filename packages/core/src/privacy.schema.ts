import Type, { type Static } from 'typebox';
import { AuditAction, ReasonBody } from './admin.schema';
import { PASSWORD_MAX } from './auth.schema';
import { END_OUTCOMES, LOG_TOPICS, STORED_EARLY_END_REASONS } from './mentorship.schema';
import { NOTIFICATION_KINDS, NotificationParams, OUTBOX_STATUSES } from './notifications.schema';
import { OwnProfile } from './profile.view';
import { ContactShare, DECLINE_REASONS, Person } from './requests.schema';
import {
  INTRODUCTION_ANSWERS,
  INTRODUCTION_STATUSES,
  MENTORSHIP_STATUSES,
  REQUEST_STATUSES,
} from './states';
import { SURVEY_FORMS, SURVEY_STATUSES, SurveyAnswers } from './survey.schema';
import { Locale, MemberSettings, Role } from './user.schema';

/**
 * # Her privacy rights (GDPR articles 15 and 17)
 *
 * `GET /api/me/export` gives a member everything the platform holds about her, as one JSON
 * file (`PersonalData`). `DELETE /api/me` deletes her account: her personal data is erased or
 * anonymised, the other member of a mentorship keeps a record that says "deleted user"
 * (`Person.deleted`), and the anonymous end-survey answers stay, since nothing leads from them
 * to her. A coordinator erases a member's account the same way when she asks for it by other
 * means (`POST /api/admin/users/:id/erase`).
 */

const Uuid = Type.String({ format: 'uuid' });
const Instant = Type.String({ format: 'date-time' });
const Day = Type.String({ format: 'date' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

/** Her password again: whoever holds her unlocked phone must not delete her account. */
export const DeleteAccountBody = Type.Object(
  { password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX }) },
  { additionalProperties: false },
);
export type DeleteAccountBody = Static<typeof DeleteAccountBody>;

/** Why a coordinator erases an account (her email asking for it, say); audited, never her name. */
export const EraseMemberBody = Type.Object(
  { reason: ReasonBody.properties.reason },
  { additionalProperties: false },
);
export type EraseMemberBody = Static<typeof EraseMemberBody>;

/**
 * What the export cannot hold, and why, each with a code the SPA may translate and the text in
 * her language, so the downloaded file explains itself.
 */
export const EXPORT_NOTE_CODES = [
  /** Her end-survey answers are stored without anything that leads to her: they cannot be found. */
  'anonymous_survey_answers',
  /** Reports other members made about her name their reporter, whose safety comes first. */
  'reports_about_you',
  /** Coordinators' actions concerning her are listed without the coordinator's name. */
  'coordinator_names',
] as const;
export type ExportNoteCode = (typeof EXPORT_NOTE_CODES)[number];

export const EXPORT_NOTE_TEXTS: Record<'da' | 'en', Record<ExportNoteCode, string>> = {
  da: {
    anonymous_survey_answers:
      'Dine svar på slutspørgeskemaet er anonyme. De er gemt uden noget, der peger på dig, så vi kan ikke finde dem og ikke vise dem her.',
    reports_about_you:
      'Hvis en anden har meldt noget om dig til koordinatoren, er meldingen ikke med her. Den siger, hvem der meldte, og hendes sikkerhed kommer først.',
    coordinator_names:
      'Det, en koordinator har gjort med din konto eller profil, står her med tidspunkt, men uden koordinatorens navn. Begrundelsen står der, når den blev skrevet til dig (hvorfor din profil blev sendt tilbage). Koordinatorernes egne noter står der ikke, for de kan handle om en anden, der har fortalt dem noget.',
  },
  en: {
    anonymous_survey_answers:
      'Your end survey answers are anonymous. They are stored without anything that points to you, so we cannot find them or show them here.',
    reports_about_you:
      'If someone reported something about you to the coordinator, that report is not included. It says who reported it, and her safety comes first.',
    coordinator_names:
      "What a coordinator did with your account or profile is listed with the time, but without the coordinator's name. The reason is there when it was written to you (why your profile was sent back); the coordinators' own notes are not, because they may be about someone who told them something.",
  },
};

export const ExportNote = Type.Object({ code: Type.Enum(EXPORT_NOTE_CODES), text: Type.String() });
export type ExportNote = Static<typeof ExportNote>;

/** Her account: every column the platform keeps about her except the password hash. */
export const ExportAccount = Type.Object({
  id: Uuid,
  email: Type.String(),
  name: Type.String(),
  role: Role,
  locale: Locale,
  programme: Type.Object({ id: Uuid, slug: Type.String(), name: Type.String() }),
  createdAt: Instant,
  updatedAt: Instant,
  termsAcceptedAt: Instant,
  /** When she declared herself a woman, in a programme for women only. */
  womanDeclaredAt: Nullable(Instant),
  suspendedAt: Nullable(Instant),
  emailTips: Type.Boolean(),
  /** Her last use of the app, to the hour (mentor cards say "active this week"). */
  lastActiveAt: Nullable(Instant),
  /** Wrong passwords in a row, and the lockout they caused, if any. */
  failedLogins: Type.Integer({ minimum: 0 }),
  lastFailedLoginAt: Nullable(Instant),
  loginLockedUntil: Nullable(Instant),
});
export type ExportAccount = Static<typeof ExportAccount>;

/** A request she sent (as mentee) or received (as mentor); both members' words. */
export const ExportRequest = Type.Object({
  id: Uuid,
  direction: Type.Union([Type.Literal('sent'), Type.Literal('received')]),
  other: Person,
  status: Type.Enum(REQUEST_STATUSES),
  createdAt: Instant,
  answeredAt: Nullable(Instant),
  /** The mentee's message. */
  message: Type.String(),
  goals: Type.Array(Type.String()),
  /** What the mentee chose to share with the mentor; only in the mentee's own export. */
  sharedContact: Nullable(ContactShare),
  /** The mentor's reason code: for the mentor and the coordinators, not the mentee. */
  declineReason: Nullable(Type.Enum(DECLINE_REASONS)),
  /** The mentor's own words when she said no. */
  declineMessage: Nullable(Type.String()),
  withdrawnAutomatically: Type.Boolean(),
});
export type ExportRequest = Static<typeof ExportRequest>;

/** A first meeting: what she shared and answered; the other's contact details are left out. */
export const ExportIntroduction = Type.Object({
  id: Uuid,
  requestId: Uuid,
  other: Person,
  status: Type.Enum(INTRODUCTION_STATUSES),
  openedAt: Instant,
  closedAt: Nullable(Instant),
  sharedContact: ContactShare,
  myAnswer: Nullable(Type.Enum(INTRODUCTION_ANSWERS)),
  /** Her words when she said "not a match". */
  myDeclineNote: Nullable(Type.String()),
});
export type ExportIntroduction = Static<typeof ExportIntroduction>;

/** A meeting of one of her mentorships, logged by her or by the other member. */
export const ExportMeetingLog = Type.Object({
  id: Uuid,
  byMe: Type.Boolean(),
  date: Day,
  minutes: Type.Integer(),
  topics: Type.Array(Type.Enum(LOG_TOPICS)),
  notes: Nullable(Type.String()),
  nextSteps: Nullable(Type.String()),
  createdAt: Instant,
  updatedAt: Instant,
});
export type ExportMeetingLog = Static<typeof ExportMeetingLog>;

export const ExportMentorship = Type.Object({
  id: Uuid,
  myRole: Type.Union([Type.Literal('mentee'), Type.Literal('mentor')]),
  other: Person,
  status: Type.Enum(MENTORSHIP_STATUSES),
  startDate: Day,
  plannedEnd: Day,
  proposedEnd: Nullable(Day),
  meetingsPerMonth: Type.Integer(),
  endedAt: Nullable(Instant),
  outcome: Nullable(Type.Enum(END_OUTCOMES)),
  earlyReason: Nullable(Type.Enum(STORED_EARLY_END_REASONS)),
  /** Her words when she ended it. */
  myEndNote: Nullable(Type.String()),
  logs: Type.Array(ExportMeetingLog),
});
export type ExportMentorship = Static<typeof ExportMentorship>;

export const ExportNotification = Type.Object({
  id: Uuid,
  kind: Type.Enum(NOTIFICATION_KINDS),
  params: NotificationParams,
  link: Type.String(),
  createdAt: Instant,
  readAt: Nullable(Instant),
});
export type ExportNotification = Static<typeof ExportNotification>;

/** An email to her: its subject as it is (or was) sent, and how far it got. */
export const ExportEmail = Type.Object({
  kind: Type.Enum(NOTIFICATION_KINDS),
  subject: Type.String(),
  status: Type.Enum(OUTBOX_STATUSES),
  attempts: Type.Integer(),
  createdAt: Instant,
  sentAt: Nullable(Instant),
});
export type ExportEmail = Static<typeof ExportEmail>;

/**
 * A report she made to the coordinators, and when they handled it. Not what they did: their
 * note is about the member she reported as much as about her, and the app never shows it her.
 */
export const ExportReport = Type.Object({
  id: Uuid,
  about: Person,
  reason: Type.String(),
  createdAt: Instant,
  resolvedAt: Nullable(Instant),
});
export type ExportReport = Static<typeof ExportReport>;

/** A survey offered to her; only the start survey's answers are kept with her. */
export const ExportSurvey = Type.Object({
  id: Uuid,
  mentorshipId: Uuid,
  form: Type.Enum(SURVEY_FORMS),
  version: Type.Integer(),
  status: Type.Enum(SURVEY_STATUSES),
  createdAt: Instant,
  answers: Nullable(SurveyAnswers),
});
export type ExportSurvey = Static<typeof ExportSurvey>;

/**
 * Something a coordinator did concerning her: what and when, not who. The reason only where it
 * was written to her (REASONS_WRITTEN_TO_HER); the others are notes among coordinators, told they
 * stay among them, and may name whoever reported her (GDPR art. 15(4): others' rights).
 */
export const ExportCoordinatorAction = Type.Object({
  action: AuditAction,
  at: Instant,
  reason: Nullable(Type.String()),
});

/** The actions whose reason she was shown in the app, so her copy may repeat it. */
export const REASONS_WRITTEN_TO_HER: readonly AuditAction[] = ['profile.reject'];
export type ExportCoordinatorAction = Static<typeof ExportCoordinatorAction>;

/** Everything the platform holds about her, one section per kind of data, newest first in each. */
export const PersonalData = Type.Object({
  exportedAt: Instant,
  notes: Type.Array(ExportNote),
  account: ExportAccount,
  settings: MemberSettings,
  /** Her mentor or mentee profile as she sees it herself (`profile: null` before she sent one); null for coordinators. */
  profile: Nullable(OwnProfile),
  requests: Type.Array(ExportRequest),
  introductions: Type.Array(ExportIntroduction),
  mentorships: Type.Array(ExportMentorship),
  notifications: Type.Array(ExportNotification),
  emails: Type.Array(ExportEmail),
  reports: Type.Array(ExportReport),
  surveys: Type.Array(ExportSurvey),
  coordinatorActions: Type.Array(ExportCoordinatorAction),
});
export type PersonalData = Static<typeof PersonalData>;

/** The file name the export is saved under: `mentorbro-data-YYYY-MM-DD.json`. */
export const exportFileName = (at: Date) => `mentorbro-data-${at.toISOString().slice(0, 10)}.json`;
