import type { MenteeProfileInput, MentorProfileInput } from '@mentorbro/core/profile';
import type {
  MenteeOwnProfile,
  MenteeProfileView,
  MentorOwnProfile,
  MentorPublicProfile,
  MentorPublicText,
} from '@mentorbro/core/profile-view';
import type { MenteeProfileRow } from './mentee-profiles.repository';
import type { MentorProfileRecord, MentorProfileRow } from './mentor-profiles.repository';

type RegionCode = MentorPublicProfile['region'];

/** Members see each other's first names only; the full name stays with the coordinators. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/u)[0] ?? name;
}

/** Leaves out what she did not answer, so "not said" never shows as "no". */
function withoutNulls<T extends Record<string, unknown>>(value: T) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null)) as {
    [K in keyof T]?: Exclude<T[K], null>;
  };
}

export function mentorPublicText(
  row: Pick<MentorProfileRow, 'headline' | 'about' | 'jobTitle' | 'interests' | 'partnerCompany'>,
): MentorPublicText {
  return {
    headline: row.headline,
    about: row.about,
    jobTitle: row.jobTitle,
    interests: row.interests,
    ...(row.partnerCompany === null ? {} : { partnerCompany: row.partnerCompany }),
  };
}

// The database's checks keep each column to core's codes, so the few casts below are safe.
export function toMentorInput({ row, languages }: MentorProfileRecord): MentorProfileInput {
  return {
    ...mentorPublicText(row),
    field: row.field,
    yearsOfExperience: row.yearsOfExperience,
    educationLevel: row.educationLevel,
    languages: languages.map((language) => ({
      code: language.code,
      level: language.level,
    })),
    municipality: row.municipality,
    meetingMode: row.meetingMode,
    meetingsPerMonth: row.meetingsPerMonth,
    mentorshipMonths: row.mentorshipMonths,
    goals: row.goals,
    capacity: row.capacity,
    personal: withoutNulls({
      ageBand: row.ageBand,
      hasChildren: row.hasChildren,
      migrantBackground: row.migrantBackground,
    }),
    paused: row.paused,
  };
}

export function toMenteeInput(row: MenteeProfileRow): MenteeProfileInput {
  return {
    goals: row.goals,
    desiredFields: row.desiredFields,
    educationLevel: row.educationLevel,
    ...(row.educationField === null ? {} : { educationField: row.educationField }),
    yearsInDenmark: row.yearsInDenmark,
    danishLevel: row.danishLevel as MenteeProfileInput['danishLevel'],
    otherLanguages: row.otherLanguages,
    municipality: row.municipality,
    meetingMode: row.meetingMode,
    wishes: {
      woman: row.wishWoman,
      sharedLanguage: row.wishSharedLanguage,
      migrantBackground: row.wishMigrantBackground,
    },
    ...(row.about === null ? {} : { about: row.about }),
  };
}

const review = (row: MentorProfileRow | MenteeProfileRow | undefined) => ({
  status: row?.status ?? null,
  rejectionReason: row?.rejectionReason ?? null,
  submittedAt: row?.submittedAt.toISOString() ?? null,
});

export function toMentorOwnProfile(record: MentorProfileRecord | undefined): MentorOwnProfile {
  return {
    role: 'mentor',
    ...review(record?.row),
    profile: record ? toMentorInput(record) : null,
    pendingChanges: record?.row.pendingChanges ?? null,
  };
}

export function toMenteeOwnProfile(row: MenteeProfileRow | undefined): MenteeOwnProfile {
  return { role: 'mentee', ...review(row), profile: row ? toMenteeInput(row) : null };
}

export function toMentorPublic(
  userId: string,
  name: string,
  record: MentorProfileRecord,
): MentorPublicProfile {
  const { paused, ...profile } = toMentorInput(record);
  return {
    id: userId,
    firstName: firstName(name),
    ...profile,
    region: record.row.region as RegionCode,
    acceptingRequests: !paused && record.row.seatsTaken < record.row.capacity,
  };
}

/**
 * Her usual days to answer as the card shows it. refreshAnswerDays() writes 1 or more; the
 * database allows 0, which would read "within 0 days", so it is shown as 1.
 */
export const answerDays = (days: number | null) => (days === null ? null : Math.max(1, days));

/** Seats left for new mentees: she may have lowered her capacity below those taken. */
export const freeSeats = (row: Pick<MentorProfileRow, 'capacity' | 'seatsTaken'>) =>
  Math.max(0, row.capacity - row.seatsTaken);

export function toMenteeView(
  userId: string,
  name: string,
  row: MenteeProfileRow,
): MenteeProfileView {
  return {
    id: userId,
    firstName: firstName(name),
    ...toMenteeInput(row),
    region: row.region as RegionCode,
  };
}
