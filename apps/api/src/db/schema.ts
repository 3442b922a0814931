import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  customType,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  date,
} from 'drizzle-orm/pg-core';
import { AUDIT_ACTIONS } from '@mentorbro/core/admin';
import {
  FIELDS,
  GOALS,
  LANGUAGE_LEVELS,
  LANGUAGES,
  MUNICIPALITIES,
  REGIONS,
} from '@mentorbro/core/catalogue';
import {
  AGE_BANDS,
  EDUCATION_LEVELS,
  type LanguageSkill,
  MEETING_MODES,
  PROFILE_STATUSES,
  YEARS_IN_DENMARK,
} from '@mentorbro/core/profile';
import type { MentorPublicText } from '@mentorbro/core/profile-view';
import { LOCALES, NAME_MAX, ROLES } from '@mentorbro/core/user';
import { EMAIL_MAX } from '@mentorbro/core/auth';
import { type ContactShare, DECLINE_REASONS } from '@mentorbro/core/requests';
import { END_OUTCOMES, LOG_TOPICS, STORED_EARLY_END_REASONS } from '@mentorbro/core/mentorship';
import {
  INTRODUCTION_ANSWERS,
  INTRODUCTION_STATUSES,
  MATCH_EVENTS,
  MENTORSHIP_STATUSES,
  REQUEST_STATUSES,
} from '@mentorbro/core/states';
import {
  NOTIFICATION_KINDS,
  type NotificationParams,
  OUTBOX_STATUSES,
} from '@mentorbro/core/notifications';
import { REMINDER_RULE_NAMES, REMINDER_RULES } from '@mentorbro/core/programme';
import {
  type Localized,
  SURVEY_FORMS,
  SURVEY_STATUSES,
  type SurveyAnswers,
  type SurveyQuestion,
} from '@mentorbro/core/survey';

/** `col in ('a','b')` from a core list, so the database refuses what the schemas refuse. */
const oneOf = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
const codesOf = (entries: readonly { code: string }[]) => entries.map((entry) => entry.code);
/** `array <@ array[...]`: every element of a text[] column is one of core's codes. */
const allOf = (values: readonly string[]) =>
  sql.raw(`array[${values.map((v) => `'${v}'`).join(', ')}]::text[]`);
const between = (min: number, max: number) => sql.raw(`between ${min} and ${max}`);

/**
 * A programme's rules, one row per programme, read by the code instead of constants. Every
 * member and coordinator belongs to one programme, so a second network is a second row.
 */
export const programmes = pgTable(
  'programmes',
  {
    id: uuid().primaryKey().defaultRandom(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    womenOnly: boolean().notNull(),
    languages: text().array().notNull(),
    maxOpenRequestsPerMentee: integer().notNull(),
    requestExpiryDays: integer().notNull(),
    defaultMentorshipMonths: integer().notNull(),
    allowParallelMentorships: boolean().notNull(),
    menteeApprovalRequired: boolean().notNull(),
    requestReminderDays: integer().notNull().default(REMINDER_RULES.requestReminderDays.default),
    requestSecondReminderDays: integer()
      .notNull()
      .default(REMINDER_RULES.requestSecondReminderDays.default),
    mentorPauseAfterExpiries: integer()
      .notNull()
      .default(REMINDER_RULES.mentorPauseAfterExpiries.default),
    menteeNudgeDays: integer().notNull().default(REMINDER_RULES.menteeNudgeDays.default),
    waitingListDays: integer().notNull().default(REMINDER_RULES.waitingListDays.default),
    introductionReminderDays: integer()
      .notNull()
      .default(REMINDER_RULES.introductionReminderDays.default),
    introductionLapseDays: integer()
      .notNull()
      .default(REMINDER_RULES.introductionLapseDays.default),
    quietDays: integer().notNull().default(REMINDER_RULES.quietDays.default),
    endingSoonDays: integer().notNull().default(REMINDER_RULES.endingSoonDays.default),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    ...REMINDER_RULE_NAMES.map((name) =>
      check(
        `programmes_${name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`,
        sql`${t[name]} ${between(REMINDER_RULES[name].min, REMINDER_RULES[name].max)}`,
      ),
    ),
    check(
      'programmes_reminder_order',
      sql`${t.requestReminderDays} < ${t.requestSecondReminderDays}
        and ${t.requestSecondReminderDays} < ${t.requestExpiryDays}
        and ${t.introductionReminderDays} < ${t.introductionLapseDays}`,
    ),
    check('programmes_slug', sql`${t.slug} ~ '^[a-z0-9-]{2,40}$'`),
    check('programmes_name_length', sql`char_length(${t.name}) ${between(1, 100)}`),
    check(
      'programmes_languages',
      sql`cardinality(${t.languages}) >= 1 and ${t.languages} <@ ${allOf(codesOf(LANGUAGES))}`,
    ),
    check('programmes_max_open_requests', sql`${t.maxOpenRequestsPerMentee} ${between(1, 10)}`),
    check('programmes_request_expiry', sql`${t.requestExpiryDays} ${between(3, 60)}`),
    check('programmes_mentorship_months', sql`${t.defaultMentorshipMonths} ${between(4, 12)}`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored trimmed and lower-cased: one address, one account. */
    email: text().notNull().unique(),
    name: text().notNull(),
    role: text({ enum: ROLES }).notNull(),
    locale: text({ enum: LOCALES }).notNull(),
    passwordHash: text().notNull(),
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id),
    termsAcceptedAt: timestamp({ withTimezone: true }).notNull(),
    /** When she declared herself a woman, in a programme that is for women only. */
    womanDeclaredAt: timestamp({ withTimezone: true }),
    suspendedAt: timestamp({ withTimezone: true }),
    suspensionReason: text(),
    /** She gets the optional emails (tips and suggestions); the others always go. */
    emailTips: boolean().notNull().default(true),
    /** Her last request to the API, to the hour: mentor cards say "active this week". */
    lastActiveAt: timestamp({ withTimezone: true }),
    /** Wrong passwords in a row (reset by a right one, or after a quiet hour): the lockout. */
    failedLogins: integer().notNull().default(0),
    lastFailedLoginAt: timestamp({ withTimezone: true }),
    /** Until then only a browser she logged in from before may try her password. */
    loginLockedUntil: timestamp({ withTimezone: true }),
    /**
     * When she deleted her account (or a coordinator erased it). The row stays, anonymised, so
     * the other member's mentorship, requests and logs keep their foreign keys; no view shows
     * its placeholder name or address (modules/privacy).
     */
    deletedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('users_failed_logins', sql`${t.failedLogins} >= 0`),
    check(
      'users_failures_have_time',
      sql`(${t.failedLogins} = 0) = (${t.lastFailedLoginAt} is null)`,
    ),
    check('users_email_normalised', sql`${t.email} = lower(btrim(${t.email}))`),
    check(
      'users_email_length',
      sql`char_length(${t.email}) between 3 and ${sql.raw(String(EMAIL_MAX))}`,
    ),
    check(
      'users_name_length',
      sql`char_length(${t.name}) between 1 and ${sql.raw(String(NAME_MAX))}`,
    ),
    check('users_role', sql`${t.role} in (${oneOf(ROLES)})`),
    check('users_locale', sql`${t.locale} in (${oneOf(LOCALES)})`),
    check(
      'users_suspension_has_reason',
      sql`(${t.suspendedAt} is null) = (${t.suspensionReason} is null)`,
    ),
    // An erased account holds no address of hers and no suspension (the erasure clears both).
    check(
      'users_deleted_anonymous',
      sql`${t.deletedAt} is null or (${t.email} like 'deleted-%@deleted.invalid' and ${t.suspendedAt} is null)`,
    ),
    index('users_programme_idx').on(t.programmeId),
    // The target of mentor_profiles' (user, programme) key: her profile's programme is hers.
    unique('users_id_programme').on(t.id, t.programmeId),
    // Visibility checks look for the few suspended members, not the many active ones.
    index('users_suspended_idx')
      .on(t.id)
      .where(sql`${t.suspendedAt} is not null`),
  ],
);

/**
 * Refresh tokens are stored only as SHA-256 hashes. Each login starts a family; every
 * rotation adds a token to it and marks the old one used. A used token presented again
 * means it was stolen, and the whole family is revoked.
 */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    familyId: uuid().notNull(),
    tokenHash: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('refresh_tokens_family_idx').on(t.familyId),
    index('refresh_tokens_user_idx').on(t.userId),
    check('refresh_tokens_expiry_after_creation', sql`${t.expiresAt} > ${t.createdAt}`),
  ],
);

/** What a coordinator decided about a profile, shared by both roles' tables. */
const review = {
  status: text({ enum: PROFILE_STATUSES }).notNull(),
  rejectionReason: text(),
  submittedAt: timestamp({ withTimezone: true }).notNull(),
  reviewedAt: timestamp({ withTimezone: true }),
  reviewedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

const reviewChecks = (name: string, t: { status: AnyPgColumn; rejectionReason: AnyPgColumn }) => [
  check(`${name}_status`, sql`${t.status} in (${oneOf(PROFILE_STATUSES)})`),
  check(
    `${name}_rejected_has_reason`,
    sql`${t.status} <> 'rejected' or ${t.rejectionReason} is not null`,
  ),
];

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The words search looks in, weighted: headline and job title (A), field names, interests and
 * company (B, in `search_keywords`, written by the app from core's labels), the about text
 * (C). Each twice: with Danish stemming and with English, both accent-free (the text search
 * configurations are made in migration 0003), so "sygeplejersker", "nurses" and "Kobenhavn"
 * all find their words.
 */
const SEARCH_VECTOR = sql.raw(
  [
    ["headline || ' ' || job_title", 'A'],
    ['search_keywords', 'B'],
    ['about', 'C'],
  ]
    .flatMap(([text, weight]) =>
      ['mentorbro_da', 'mentorbro_en'].map(
        (config) => `setweight(to_tsvector('${config}'::regconfig, ${text}), '${weight}')`,
      ),
    )
    .join(' || '),
);

/**
 * The live mentor profile: the approved version once approved. An approved mentor's changed
 * words wait in `pending_changes` until a coordinator approves them.
 */
export const mentorProfiles = pgTable(
  'mentor_profiles',
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Her programme, kept here so search filters on one table; the key below keeps it hers. */
    programmeId: uuid().notNull(),
    /** Her bit in the facet bitmaps (facet_bits): a small dense number, never reused. */
    ordinal: integer().notNull().generatedAlwaysAsIdentity(),
    ...review,
    /** When a coordinator first approved her: "newest" sorts by it. */
    approvedAt: timestamp({ withTimezone: true }),
    headline: text().notNull(),
    about: text().notNull(),
    jobTitle: text().notNull(),
    field: text().notNull(),
    yearsOfExperience: integer().notNull(),
    educationLevel: text({ enum: EDUCATION_LEVELS }).notNull(),
    municipality: text().notNull(),
    /** Derived from the municipality and stored, so search filters on it with an index. */
    region: text().notNull(),
    meetingMode: text({ enum: MEETING_MODES }).notNull(),
    meetingsPerMonth: integer().notNull(),
    mentorshipMonths: integer().notNull(),
    goals: text().array().notNull(),
    interests: text().array().notNull(),
    capacity: integer().notNull(),
    partnerCompany: text(),
    ageBand: text({ enum: AGE_BANDS }),
    hasChildren: boolean(),
    migrantBackground: boolean(),
    paused: boolean().notNull().default(false),
    /** Mentees she has taken on (an accepted request holds a seat); seats free = capacity - this. */
    seatsTaken: integer().notNull().default(0),
    /** How many days she usually takes to answer a request; null until she has answered two. */
    answerDays: integer(),
    pendingChanges: jsonb().$type<MentorPublicText>(),
    /** Her languages as `code:level` tokens (`ar:C1`): search and matching filter on them. */
    languageLevels: text().array().notNull(),
    searchKeywords: text().notNull(),
    searchVector: tsvector()
      .notNull()
      .generatedAlwaysAs(() => SEARCH_VECTOR),
  },
  (t) => [
    ...reviewChecks('mentor_profiles', t),
    foreignKey({
      name: 'mentor_profiles_user_programme_fk',
      columns: [t.userId, t.programmeId],
      foreignColumns: [users.id, users.programmeId],
    }).onDelete('cascade'),
    unique('mentor_profiles_ordinal').on(t.ordinal),
    index('mentor_profiles_search_idx').using('gin', t.searchVector),
    index('mentor_profiles_goals_idx').using('gin', t.goals),
    index('mentor_profiles_language_levels_idx').using('gin', t.languageLevels),
    index('mentor_profiles_field_idx').on(t.programmeId, t.field),
    index('mentor_profiles_region_idx').on(t.programmeId, t.region, t.municipality),
    index('mentor_profiles_newest_idx').on(t.programmeId, t.approvedAt.desc(), t.userId),
    check('mentor_profiles_seats_taken', sql`${t.seatsTaken} >= 0`),
    check('mentor_profiles_answer_days', sql`${t.answerDays} is null or ${t.answerDays} >= 0`),
    check('mentor_profiles_language_levels', sql`cardinality(${t.languageLevels}) >= 1`),
    check(
      'mentor_profiles_approved_at',
      sql`${t.status} <> 'approved' or ${t.approvedAt} is not null`,
    ),
    index('mentor_profiles_review_idx').on(t.status, t.submittedAt),
    // The queue asks for "pending, or approved with changed words": with only the index above
    // that was a sequential scan (9.7 ms at 20,000 mentors); with this one 1.2 ms.
    index('mentor_profiles_awaiting_review_idx')
      .on(t.submittedAt)
      .where(sql`${t.status} = 'pending' or ${t.pendingChanges} is not null`),
    check('mentor_profiles_headline', sql`char_length(${t.headline}) ${between(5, 120)}`),
    check('mentor_profiles_about', sql`char_length(${t.about}) ${between(20, 2000)}`),
    check('mentor_profiles_job_title', sql`char_length(${t.jobTitle}) ${between(2, 100)}`),
    check('mentor_profiles_field', sql`${t.field} in (${oneOf(codesOf(FIELDS))})`),
    check('mentor_profiles_experience', sql`${t.yearsOfExperience} ${between(0, 60)}`),
    check('mentor_profiles_education', sql`${t.educationLevel} in (${oneOf(EDUCATION_LEVELS)})`),
    check(
      'mentor_profiles_municipality',
      sql`${t.municipality} in (${oneOf(codesOf(MUNICIPALITIES))})`,
    ),
    check('mentor_profiles_region', sql`${t.region} in (${oneOf(codesOf(REGIONS))})`),
    check('mentor_profiles_meeting_mode', sql`${t.meetingMode} in (${oneOf(MEETING_MODES)})`),
    check('mentor_profiles_meetings', sql`${t.meetingsPerMonth} ${between(2, 4)}`),
    check('mentor_profiles_months', sql`${t.mentorshipMonths} ${between(4, 12)}`),
    check(
      'mentor_profiles_goals',
      sql`cardinality(${t.goals}) >= 1 and ${t.goals} <@ ${allOf(codesOf(GOALS))}`,
    ),
    check('mentor_profiles_interests', sql`cardinality(${t.interests}) <= 10`),
    check('mentor_profiles_capacity', sql`${t.capacity} ${between(1, 3)}`),
    check(
      'mentor_profiles_age_band',
      sql`${t.ageBand} is null or ${t.ageBand} in (${oneOf(AGE_BANDS)})`,
    ),
  ],
);

/** One row per language a mentor speaks, so search can filter on language and level. */
export const mentorLanguages = pgTable(
  'mentor_languages',
  {
    userId: uuid()
      .notNull()
      .references(() => mentorProfiles.userId, { onDelete: 'cascade' }),
    code: text().notNull(),
    level: text({ enum: LANGUAGE_LEVELS }).notNull(),
    /** Her order in the profile, so the page shows them as she listed them. */
    position: integer().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.code] }),
    index('mentor_languages_code_idx').on(t.code, t.level),
    check('mentor_languages_code', sql`${t.code} in (${oneOf(codesOf(LANGUAGES))})`),
    check('mentor_languages_level', sql`${t.level} in (${oneOf(LANGUAGE_LEVELS)})`),
  ],
);

const bitVarying = customType<{ data: string }>({ dataType: () => 'bit varying' });

/**
 * For each programme and filter value (`goals`/`network`, `languages`/`ar:C1`, `listed`, …)
 * one bit per mentor, at her ordinal: set when she is listed (approved, not suspended) and
 * has that value. Facet counts are then bit counts of ANDed bitmaps: a few milliseconds at
 * 100,000 mentors, where counting rows took over a hundred (docs/performance.md). Kept
 * exact by statement triggers on mentor_profiles and users (migration 0004); every bitmap
 * has the same length, a multiple of 65,536 bits.
 */
export const facetBits = pgTable(
  'facet_bits',
  {
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    value: text().notNull(),
    /** How a mentor wrote it (companies are keyed in lower case). */
    label: text(),
    bits: bitVarying().notNull(),
  },
  (t) => [primaryKey({ columns: [t.programmeId, t.kind, t.value] })],
);

/**
 * Every word of the mentors' texts, accent-free and lower-case, kept by a trigger (migration
 * 0003): search corrects a mistyped word to the nearest ones here (pg_trgm) before it looks.
 */
export const searchWords = pgTable('search_words', { word: text().primaryKey() }, (t) => [
  index('search_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`),
]);

/** A mentee's profile. Never public: only coordinators and mentors she asked read it. */
export const menteeProfiles = pgTable(
  'mentee_profiles',
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    ...review,
    /** In her order: the first matters most. */
    goals: text().array().notNull(),
    desiredFields: text().array().notNull(),
    educationLevel: text({ enum: EDUCATION_LEVELS }).notNull(),
    educationField: text(),
    yearsInDenmark: text({ enum: YEARS_IN_DENMARK }).notNull(),
    danishLevel: text({ enum: LANGUAGE_LEVELS }).notNull(),
    otherLanguages: jsonb().$type<LanguageSkill[]>().notNull(),
    municipality: text().notNull(),
    region: text().notNull(),
    meetingMode: text({ enum: MEETING_MODES }).notNull(),
    wishWoman: boolean().notNull(),
    wishSharedLanguage: boolean().notNull(),
    wishMigrantBackground: boolean().notNull(),
    about: text(),
  },
  (t) => [
    ...reviewChecks('mentee_profiles', t),
    index('mentee_profiles_review_idx').on(t.status, t.submittedAt),
    check(
      'mentee_profiles_goals',
      sql`cardinality(${t.goals}) >= 1 and ${t.goals} <@ ${allOf(codesOf(GOALS))}`,
    ),
    check(
      'mentee_profiles_desired_fields',
      sql`cardinality(${t.desiredFields}) <= 5 and ${t.desiredFields} <@ ${allOf(codesOf(FIELDS))}`,
    ),
    check('mentee_profiles_education', sql`${t.educationLevel} in (${oneOf(EDUCATION_LEVELS)})`),
    check('mentee_profiles_years', sql`${t.yearsInDenmark} in (${oneOf(YEARS_IN_DENMARK)})`),
    check(
      'mentee_profiles_danish',
      sql`${t.danishLevel} in (${oneOf(LANGUAGE_LEVELS.filter((level) => level !== 'native'))})`,
    ),
    check('mentee_profiles_languages', sql`jsonb_typeof(${t.otherLanguages}) = 'array'`),
    check(
      'mentee_profiles_municipality',
      sql`${t.municipality} in (${oneOf(codesOf(MUNICIPALITIES))})`,
    ),
    check('mentee_profiles_region', sql`${t.region} in (${oneOf(codesOf(REGIONS))})`),
    check('mentee_profiles_meeting_mode', sql`${t.meetingMode} in (${oneOf(MEETING_MODES)})`),
    check(
      'mentee_profiles_about',
      sql`${t.about} is null or char_length(${t.about}) ${between(1, 1000)}`,
    ),
  ],
);

/** What each shared at an introduction (core's ContactShare): her email, a phone number. */
const contact = () => jsonb().$type<ContactShare>();

/**
 * A mentee asking a mentor (core's states.ts has its moves). A mentor may read the profile of
 * a mentee who asked her while the request is pending or was accepted.
 */
export const matchRequests = pgTable(
  'match_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id),
    menteeId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    mentorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text({ enum: REQUEST_STATUSES }).notNull(),
    message: text().notNull(),
    goals: text().array().notNull(),
    menteeContact: contact().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    answeredAt: timestamp({ withTimezone: true }),
    declineReason: text({ enum: DECLINE_REASONS }),
    declineMessage: text(),
    /** Withdrawn because another mentor accepted her, not by her own hand. */
    withdrawnAutomatically: boolean().notNull().default(false),
  },
  (t) => [
    index('match_requests_mentor_idx').on(t.mentorId, t.menteeId),
    index('match_requests_mentee_idx').on(t.menteeId, t.status),
    // One pending request per pair: asking twice is refused, and the database says so too.
    uniqueIndex('match_requests_one_pending')
      .on(t.menteeId, t.mentorId)
      .where(sql`${t.status} = 'pending'`),
    check('match_requests_status', sql`${t.status} in (${oneOf(REQUEST_STATUSES)})`),
    check('match_requests_two_people', sql`${t.menteeId} <> ${t.mentorId}`),
    // Blank only when its mentee deleted her account: her words go with her (modules/privacy).
    check(
      'match_requests_message',
      sql`char_length(${t.message}) ${between(20, 2000)} or ${t.message} = ''`,
    ),
    check(
      'match_requests_goals',
      sql`cardinality(${t.goals}) ${between(1, 3)} and ${t.goals} <@ ${allOf(codesOf(GOALS))}`,
    ),
    check(
      'match_requests_decline',
      sql`(${t.status} = 'declined') = (${t.declineReason} is not null)
        and (${t.declineReason} is null or ${t.declineReason} in (${oneOf(DECLINE_REASONS)}))`,
    ),
    check('match_requests_answered', sql`(${t.status} = 'pending') = (${t.answeredAt} is null)`),
  ],
);

/** A first meeting, opened by an accepted request; both answer afterwards. */
export const introductions = pgTable(
  'introductions',
  {
    id: uuid().primaryKey().defaultRandom(),
    requestId: uuid()
      .notNull()
      .unique()
      .references(() => matchRequests.id, { onDelete: 'cascade' }),
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id),
    menteeId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    mentorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text({ enum: INTRODUCTION_STATUSES }).notNull(),
    openedAt: timestamp({ withTimezone: true }).notNull(),
    closedAt: timestamp({ withTimezone: true }),
    menteeContact: contact().notNull(),
    mentorContact: contact().notNull(),
    menteeAnswer: text({ enum: INTRODUCTION_ANSWERS }),
    mentorAnswer: text({ enum: INTRODUCTION_ANSWERS }),
    /** Her words when one said "not a match", for the coordinators only. */
    declineNote: text(),
  },
  (t) => [
    // Accepting one request withdraws her others: one open introduction at a time.
    uniqueIndex('introductions_one_open')
      .on(t.menteeId)
      .where(sql`${t.status} = 'open'`),
    index('introductions_mentor_idx').on(t.mentorId, t.status),
    index('introductions_programme_idx').on(t.programmeId, t.status, t.openedAt),
    check('introductions_status', sql`${t.status} in (${oneOf(INTRODUCTION_STATUSES)})`),
    check(
      'introductions_answers',
      sql`(${t.menteeAnswer} is null or ${t.menteeAnswer} in (${oneOf(INTRODUCTION_ANSWERS)}))
        and (${t.mentorAnswer} is null or ${t.mentorAnswer} in (${oneOf(INTRODUCTION_ANSWERS)}))`,
    ),
    check('introductions_closed', sql`(${t.status} = 'open') = (${t.closedAt} is null)`),
  ],
);

/** A running (or ended) mentorship, made when both said "let's continue". */
export const mentorships = pgTable(
  'mentorships',
  {
    id: uuid().primaryKey().defaultRandom(),
    introductionId: uuid()
      .notNull()
      .unique()
      .references(() => introductions.id, { onDelete: 'cascade' }),
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id),
    menteeId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    mentorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text({ enum: MENTORSHIP_STATUSES }).notNull(),
    /** The programme did not allow parallel mentorships when it started. */
    exclusive: boolean().notNull(),
    startDate: date({ mode: 'string' }).notNull(),
    plannedEnd: date({ mode: 'string' }).notNull(),
    proposedEnd: date({ mode: 'string' }),
    proposedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    meetingsPerMonth: integer().notNull(),
    endedAt: timestamp({ withTimezone: true }),
    endedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    outcome: text({ enum: END_OUTCOMES }),
    earlyReason: text({ enum: STORED_EARLY_END_REASONS }),
    endNote: text(),
  },
  (t) => [
    // "One active mentorship per mentee" where the programme does not allow parallel ones.
    uniqueIndex('mentorships_one_active')
      .on(t.menteeId)
      .where(sql`${t.status} = 'active' and ${t.exclusive}`),
    index('mentorships_mentee_idx').on(t.menteeId, t.status),
    index('mentorships_mentor_idx').on(t.mentorId, t.status),
    index('mentorships_programme_idx').on(t.programmeId, t.status),
    check('mentorships_status', sql`${t.status} in (${oneOf(MENTORSHIP_STATUSES)})`),
    check('mentorships_dates', sql`${t.plannedEnd} > ${t.startDate}`),
    check('mentorships_meetings', sql`${t.meetingsPerMonth} ${between(1, 8)}`),
    check(
      'mentorships_ended',
      sql`(${t.status} = 'active') = (${t.endedAt} is null) and (${t.status} = 'active') = (${t.outcome} is null)`,
    ),
    check(
      'mentorships_outcome',
      sql`${t.outcome} is null or ${t.outcome} in (${oneOf(END_OUTCOMES)})`,
    ),
    check(
      'mentorships_early_reason',
      sql`(${t.outcome} = 'ended_early') = (${t.earlyReason} is not null)
        and (${t.earlyReason} is null or ${t.earlyReason} in (${oneOf(STORED_EARLY_END_REASONS)}))`,
    ),
  ],
);

/** One meeting, logged by either member. */
export const meetingLogs = pgTable(
  'meeting_logs',
  {
    id: uuid().primaryKey().defaultRandom(),
    mentorshipId: uuid()
      .notNull()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    date: date({ mode: 'string' }).notNull(),
    minutes: integer().notNull(),
    topics: text().array().notNull(),
    notes: text(),
    nextSteps: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('meeting_logs_mentorship_idx').on(t.mentorshipId, t.date),
    check('meeting_logs_minutes', sql`${t.minutes} ${between(5, 600)}`),
    check(
      'meeting_logs_topics',
      sql`cardinality(${t.topics}) >= 1 and ${t.topics} <@ ${allOf(LOG_TOPICS)}`,
    ),
  ],
);

/**
 * What happened, one row per event, for the notifications and reminders of the next issue
 * (request received, answered, withdrawn, introduction answered, mentorship started, …).
 */
export const matchEvents = pgTable(
  'match_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id),
    type: text({ enum: MATCH_EVENTS }).notNull(),
    /** Who did it; null when the system did (an expiry, an automatic withdrawal). */
    actorId: uuid().references(() => users.id, { onDelete: 'set null' }),
    requestId: uuid().references(() => matchRequests.id, { onDelete: 'cascade' }),
    introductionId: uuid().references(() => introductions.id, { onDelete: 'cascade' }),
    mentorshipId: uuid().references(() => mentorships.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('match_events_programme_idx').on(t.programmeId, t.id),
    check('match_events_type', sql`${t.type} in (${oneOf(MATCH_EVENTS)})`),
  ],
);

/**
 * What a member is told, in the app's bell. Reminders carry a `dedupeKey`
 * (`request_reminder:<request>:1`, say): with the unique index, each is made once however many
 * workers look at the same moment.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text({ enum: NOTIFICATION_KINDS }).notNull(),
    params: jsonb().$type<NotificationParams>().notNull(),
    link: text().notNull(),
    dedupeKey: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt.desc(), t.id.desc()),
    // The bell asks for unread ones on every page: a member's few, not her whole history.
    index('notifications_unread_idx')
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
    unique('notifications_dedupe').on(t.userId, t.dedupeKey),
    check('notifications_kind', sql`${t.kind} in (${oneOf(NOTIFICATION_KINDS)})`),
  ],
);

/**
 * Emails waiting to go: one per notification that is also mailed. The sender renders it when it
 * sends, in the receiver's language then and to her address then. Workers claim due rows with
 * `for update skip locked` and hold a lease while sending (`dueAt` moves to its end); a worker
 * that dies mid-send leaves the row to be claimed again when the lease ends, and `claimToken`
 * lets only the worker holding the lease mark it sent.
 */
export const emailOutbox = pgTable(
  'email_outbox',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id),
    notificationId: uuid()
      .notNull()
      .unique()
      .references(() => notifications.id, { onDelete: 'cascade' }),
    status: text({ enum: OUTBOX_STATUSES }).notNull().default('pending'),
    attempts: integer().notNull().default(0),
    /** Pending: when to try (again). Sending: when the lease ends. */
    dueAt: timestamp({ withTimezone: true }).notNull(),
    claimToken: uuid(),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('email_outbox_due_idx')
      .on(t.dueAt)
      .where(sql`${t.status} in ('pending', 'sending')`),
    index('email_outbox_programme_idx').on(t.programmeId, t.status, t.id),
    check('email_outbox_status', sql`${t.status} in (${oneOf(OUTBOX_STATUSES)})`),
    check('email_outbox_sent', sql`(${t.status} = 'sent') = (${t.sentAt} is not null)`),
    check('email_outbox_claim', sql`(${t.status} = 'sending') = (${t.claimToken} is not null)`),
    check('email_outbox_attempts', sql`${t.attempts} >= 0`),
  ],
);

/** A member tells the coordinators about a profile or a person. */
export const reports = pgTable(
  'reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id),
    reporterId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    subjectId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    resolvedAt: timestamp({ withTimezone: true }),
    resolvedBy: uuid().references(() => users.id, { onDelete: 'set null' }),
    resolution: text(),
  },
  (t) => [
    index('reports_queue_idx').on(t.programmeId, t.resolvedAt, t.createdAt),
    check('reports_reason_length', sql`char_length(${t.reason}) ${between(10, 2000)}`),
    check('reports_not_self', sql`${t.reporterId} <> ${t.subjectId}`),
    check('reports_resolution', sql`(${t.resolvedAt} is null) = (${t.resolution} is null)`),
  ],
);

/**
 * Every coordinator action: who, what, whom, when, why. Append-only: a trigger in the
 * migration refuses UPDATE, DELETE and TRUNCATE. It holds plain ids, not foreign keys, so
 * the record outlives the accounts it mentions.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    programmeId: uuid().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    actorId: uuid().notNull(),
    action: text({ enum: AUDIT_ACTIONS }).notNull(),
    subjectId: uuid(),
    reason: text(),
    details: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    index('audit_log_programme_idx').on(t.programmeId, t.id),
    check('audit_log_action', sql`${t.action} in (${oneOf(AUDIT_ACTIONS)})`),
  ],
);

/**
 * A programme's own version of a survey form. Without a row, core's default (version 1) holds;
 * each save adds the next version, and answers keep the version they were given to.
 */
export const surveyDefinitions = pgTable(
  'survey_definitions',
  {
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id),
    form: text({ enum: SURVEY_FORMS }).notNull(),
    version: integer().notNull(),
    intro: jsonb().$type<Localized>().notNull(),
    questions: jsonb().$type<SurveyQuestion[]>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    createdBy: uuid().references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.form, t.version] }),
    check('survey_definitions_form', sql`${t.form} in (${oneOf(SURVEY_FORMS)})`),
    check('survey_definitions_version', sql`${t.version} >= 2`),
    check('survey_definitions_questions', sql`jsonb_typeof(${t.questions}) = 'array'`),
  ],
);

/**
 * A survey offered to one member of a mentorship: the mentee's start survey, or a member's end
 * survey. Start answers are kept here, with her, since they guide the mentorship. End answers
 * never are: they go to `survey_answers` with nothing that leads back, and this row only keeps
 * the hash of the one-time token and that it was spent (no time, no answer id).
 */
export const surveyInvitations = pgTable(
  'survey_invitations',
  {
    id: uuid().primaryKey().defaultRandom(),
    programmeId: uuid()
      .notNull()
      .references(() => programmes.id),
    mentorshipId: uuid()
      .notNull()
      .references(() => mentorships.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    form: text({ enum: SURVEY_FORMS }).notNull(),
    version: integer().notNull(),
    /** The mentee's region when it was offered: the only place an end answer is filtered by. */
    region: text().notNull(),
    status: text({ enum: SURVEY_STATUSES }).notNull().default('open'),
    /** SHA-256 of the end survey's one-time token, set when she opens it. */
    tokenHash: text().unique(),
    answers: jsonb().$type<SurveyAnswers>(),
    reminded: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    unique('survey_invitations_once').on(t.mentorshipId, t.form),
    index('survey_invitations_user_idx').on(t.userId, t.status),
    // The scheduler's reminder looks only at open surveys not yet reminded.
    index('survey_invitations_remind_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'open' and not ${t.reminded}`),
    check('survey_invitations_form', sql`${t.form} in (${oneOf(SURVEY_FORMS)})`),
    check('survey_invitations_status', sql`${t.status} in (${oneOf(SURVEY_STATUSES)})`),
    check('survey_invitations_region', sql`${t.region} in (${oneOf(codesOf(REGIONS))})`),
    check('survey_invitations_start_only', sql`${t.form} = 'mentee_start' or ${t.answers} is null`),
    check('survey_invitations_token', sql`${t.form} <> 'mentee_start' or ${t.tokenHash} is null`),
    check(
      'survey_invitations_answers',
      sql`${t.answers} is null or (${t.status} = 'answered' and jsonb_typeof(${t.answers}) = 'object')`,
    ),
  ],
);

/** The columns of an anonymous end answer: the answers' table and its pool have the same. */
const anonymousAnswer = () => ({
  id: uuid().primaryKey().defaultRandom(),
  programmeId: uuid()
    .notNull()
    .references(() => programmes.id),
  form: text({ enum: SURVEY_FORMS }).notNull(),
  version: integer().notNull(),
  /** The first day of the month it was sent. */
  month: date({ mode: 'string' }).notNull(),
  region: text().notNull(),
  answers: jsonb().$type<SurveyAnswers>().notNull(),
});

const anonymousAnswerChecks = (
  name: string,
  t: { form: AnyPgColumn; month: AnyPgColumn; region: AnyPgColumn; answers: AnyPgColumn },
) => [
  check(`${name}_form`, sql`${t.form} in ('mentee_end', 'mentor_end')`),
  check(`${name}_month`, sql`extract(day from ${t.month}) = 1`),
  check(`${name}_region`, sql`${t.region} in (${oneOf(codesOf(REGIONS))})`),
  check(`${name}_object`, sql`jsonb_typeof(${t.answers}) = 'object'`),
];

/**
 * Anonymous end answers. On purpose there is no user, no mentorship, no invitation and no time
 * finer than the month: nothing here leads to a person (see the anonymity test). The id is
 * random, so not even the order of rows says who answered first.
 */
export const surveyAnswers = pgTable('survey_answers', anonymousAnswer(), (t) => [
  index('survey_answers_programme_idx').on(t.programmeId, t.form, t.month),
  ...anonymousAnswerChecks('survey_answers', t),
]);

/**
 * Where anonymous end answers wait before `survey_answers`: the same columns and checks, and
 * nothing that leads to a person either. The submit transaction both marks the invitation
 * answered and inserts the answer, so the two rows share PostgreSQL's `xmin` (and the row order
 * says who answered first). Answers therefore land here, and the scheduler's `moveSurveyPool`
 * moves them to `survey_answers` in batches of at least SMALL_GROUP, in a transaction of its own,
 * in random order and with new ids: a moved answer is one of at least five sent by anybody.
 */
export const surveyAnswerPool = pgTable('survey_answer_pool', anonymousAnswer(), (t) =>
  anonymousAnswerChecks('survey_answer_pool', t),
);
