import Type, { type Static } from 'typebox';
import { MenteeProfileInput, MentorProfileInput, ProfileStatus } from './profile.schema';
import { MentorPublicText } from './profile.view';
import { DeletedFlag } from './requests.schema';
import { multiLine, printable } from './text.schema';
import { Role } from './user.schema';

const Uuid = Type.String({ format: 'uuid' });
const Instant = Type.String({ format: 'date-time' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

/** A coordinator's reason is shown to the person it concerns: it must say something. */
export const ReasonBody = Type.Object(
  { reason: multiLine(3, 1000) },
  { additionalProperties: false },
);
export type ReasonBody = Static<typeof ReasonBody>;

export const UserIdParams = Type.Object({ userId: Uuid });

/**
 * The version of the profile the coordinator read (its `submittedAt`). If she changed it since,
 * the decision is refused: no one approves words she has not seen.
 */
const SeenVersion = { submittedAt: Instant };

export const ApproveBody = Type.Object(SeenVersion, { additionalProperties: false });
export type ApproveBody = Static<typeof ApproveBody>;

export const RejectBody = Type.Object(
  { ...ReasonBody.properties, ...SeenVersion },
  { additionalProperties: false },
);
export type RejectBody = Static<typeof RejectBody>;
export const IdParams = Type.Object({ id: Uuid });

export const QUEUE_KINDS = ['new', 'edit'] as const;

/** One profile in the moderation queue; `pendingChanges` against `profile` is the diff of an edit. */
export const ModerationItem = Type.Object({
  userId: Uuid,
  name: Type.String(),
  role: Type.Union([Type.Literal('mentor'), Type.Literal('mentee')]),
  status: ProfileStatus,
  /** A first profile (or a resubmission) to judge as a whole, or an approved mentor's changed words. */
  kind: Type.Enum(QUEUE_KINDS),
  submittedAt: Instant,
  rejectionReason: Nullable(Type.String()),
  profile: Type.Union([MentorProfileInput, MenteeProfileInput]),
  pendingChanges: Nullable(MentorPublicText),
});
export type ModerationItem = Static<typeof ModerationItem>;

export const ModerationQuery = Type.Object(
  { status: Type.Optional(ProfileStatus) },
  { additionalProperties: false },
);

export const AdminUser = Type.Object({
  id: Uuid,
  name: Type.String(),
  email: Type.String(),
  role: Role,
  createdAt: Instant,
  profileStatus: Nullable(ProfileStatus),
  suspendedAt: Nullable(Instant),
  suspensionReason: Nullable(Type.String()),
});
export type AdminUser = Static<typeof AdminUser>;

export const UserSearchQuery = Type.Object(
  { q: Type.Optional(printable(0, 100)) },
  { additionalProperties: false },
);

/**
 * Someone as the coordinators' views name her. The account of a member who was erased stays
 * for the records' sake: `deleted: true` and an empty name, never the row's placeholder.
 */
export const NamedPerson = Type.Object({ id: Uuid, name: Type.String(), deleted: DeletedFlag });
export type NamedPerson = Static<typeof NamedPerson>;

const Person = Type.Object({ ...NamedPerson.properties, role: Role });

export const Report = Type.Object({
  id: Uuid,
  reporter: Person,
  subject: Person,
  reason: Type.String(),
  createdAt: Instant,
  resolvedAt: Nullable(Instant),
  resolution: Nullable(Type.String()),
});
export type Report = Static<typeof Report>;

export const ReportQuery = Type.Object(
  { open: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);

/** Everything a coordinator can do to someone; each lands in the audit log. */
export const AUDIT_ACTIONS = [
  'profile.approve',
  'profile.reject',
  'user.suspend',
  'user.reinstate',
  'report.resolve',
  'programme.update',
  'mentorship.end',
  /** A coordinator sent a waiting mentee up to three mentors to ask. */
  'mentee.suggest',
  /** A coordinator sent a dead email again. */
  'email.retry',
  /** A coordinator saved a new version of a survey form. */
  'survey.update',
  /** A coordinator erased a member's account at her request (GDPR erasure); never her name. */
  'user.erase',
] as const;
export const AuditAction = Type.Enum(AUDIT_ACTIONS);
export type AuditAction = Static<typeof AuditAction>;

export const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Instant,
  action: AuditAction,
  actor: NamedPerson,
  subject: Nullable(NamedPerson),
  reason: Nullable(Type.String()),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const AuditQuery = Type.Object(
  {
    /** Entries older than this id: the log is read newest first, a page at a time. */
    before: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);

export const AuditPage = Type.Object({
  entries: Type.Array(AuditEntry),
  nextBefore: Nullable(Type.Integer()),
});
export type AuditPage = Static<typeof AuditPage>;
