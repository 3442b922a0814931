import Type, { type Static } from 'typebox';
import { REGIONS } from './catalogue/geography';
import { MenteeProfileInput, MentorProfileInput, ProfileStatus } from './profile.schema';

/**
 * The parts of a mentor profile that are her own words, shown to everyone: an approved
 * mentor's change to any of them waits for a coordinator, while the approved words stay
 * visible. Everything else (lists, numbers, pause) applies at once.
 */
export const MENTOR_PUBLIC_TEXT = [
  'headline',
  'about',
  'jobTitle',
  'interests',
  'partnerCompany',
] as const;
export type MentorPublicTextField = (typeof MENTOR_PUBLIC_TEXT)[number];

export const MentorPublicText = Type.Object(
  {
    headline: MentorProfileInput.properties.headline,
    about: MentorProfileInput.properties.about,
    jobTitle: MentorProfileInput.properties.jobTitle,
    interests: MentorProfileInput.properties.interests,
    partnerCompany: MentorProfileInput.properties.partnerCompany,
  },
  { additionalProperties: false },
);
export type MentorPublicText = Static<typeof MentorPublicText>;

export const RegionCode = Type.Enum(REGIONS.map((region) => region.code));

/**
 * How recently a mentor used Mentorbro, as mentees see it: coarse on purpose, since an exact
 * time tells others too much about her day. Rolling windows, not calendar days (members live in
 * more than one time zone): `today` is the last 24 hours, `week` the last 7 days, `month` the
 * last 30. Null: she has never been active.
 */
export const LAST_ACTIVE = ['today', 'week', 'month', 'older'] as const;
export const LastActive = Type.Union([Type.Enum(LAST_ACTIVE), Type.Null()]);
export type LastActive = Static<typeof LastActive>;

const HOUR_MS = 3_600_000;
const LAST_ACTIVE_HOURS = { today: 24, week: 7 * 24, month: 30 * 24 } as const;

/** Her last activity as a bucket, by the caller's clock; a time ahead of it counts as today. */
export function lastActiveBucket(at: Date | null, now: Date): LastActive {
  if (at === null) return null;
  const hours = (now.getTime() - at.getTime()) / HOUR_MS;
  if (hours < LAST_ACTIVE_HOURS.today) return 'today';
  if (hours < LAST_ACTIVE_HOURS.week) return 'week';
  if (hours < LAST_ACTIVE_HOURS.month) return 'month';
  return 'older';
}

/** A mentor as mentees see her: first name only, and personal facts only when she chose them. */
export const MentorPublicProfile = Type.Object({
  id: Type.String({ format: 'uuid' }),
  firstName: Type.String(),
  ...Type.Omit(MentorProfileInput, ['paused']).properties,
  region: RegionCode,
  /** Paused mentors stay visible but take no new requests. */
  acceptingRequests: Type.Boolean(),
});
export type MentorPublicProfile = Static<typeof MentorPublicProfile>;

/** A mentee as a mentor she asked, or a coordinator, sees her. */
export const MenteeProfileView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  firstName: Type.String(),
  ...MenteeProfileInput.properties,
  region: RegionCode,
});
export type MenteeProfileView = Static<typeof MenteeProfileView>;

const Review = {
  /** Null until she has sent her profile the first time. */
  status: Type.Union([ProfileStatus, Type.Null()]),
  /**
   * Why a coordinator said no: to the whole profile when rejected, or to her last change
   * when the approved profile stays live.
   */
  rejectionReason: Type.Union([Type.String(), Type.Null()]),
  submittedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
};

/** Her own profile: what is live (or waiting, if never approved) and any change that waits. */
export const MentorOwnProfile = Type.Object({
  role: Type.Literal('mentor'),
  ...Review,
  profile: Type.Union([MentorProfileInput, Type.Null()]),
  pendingChanges: Type.Union([MentorPublicText, Type.Null()]),
});
export type MentorOwnProfile = Static<typeof MentorOwnProfile>;

export const MenteeOwnProfile = Type.Object({
  role: Type.Literal('mentee'),
  ...Review,
  profile: Type.Union([MenteeProfileInput, Type.Null()]),
});
export type MenteeOwnProfile = Static<typeof MenteeOwnProfile>;

export const OwnProfile = Type.Union([MentorOwnProfile, MenteeOwnProfile]);
export type OwnProfile = Static<typeof OwnProfile>;

/** The body of PUT /api/me/profile: the profile of the caller's own role. */
export const ProfileBody = Type.Union([MentorProfileInput, MenteeProfileInput]);
