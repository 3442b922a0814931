import type { menteeProfiles, mentorLanguages, mentorProfiles } from '../db/schema';
import { menteeColumns, mentorColumns } from '../modules/profiles/profile-columns';
import type { NewUser } from '../modules/users/users.repository';
import type { DemoMentee, DemoMentor, DemoPerson, DemoReview } from './generator';

export type MentorProfileRow = typeof mentorProfiles.$inferInsert;
export type MentorLanguageRow = typeof mentorLanguages.$inferInsert;
export type MenteeProfileRow = typeof menteeProfiles.$inferInsert;

/** What every row of one load shares. */
export interface LoadContext {
  now: Date;
  passwordHash: string;
  programmeId: string;
  womenOnly: boolean;
  /** The coordinator who approved the demo profiles, when there is one. */
  reviewerId: string | null;
}

const HOUR = 3_600_000;
const ago = (context: LoadContext, hours: number) => new Date(context.now.getTime() - hours * HOUR);

export function userRow(person: DemoPerson, context: LoadContext): NewUser {
  const registered = ago(context, person.registeredHoursAgo);
  return {
    email: person.email,
    name: person.name,
    role: person.role,
    locale: person.locale,
    passwordHash: context.passwordHash,
    programmeId: context.programmeId,
    termsAcceptedAt: registered,
    womanDeclaredAt: context.womenOnly ? registered : null,
    createdAt: registered,
    updatedAt: registered,
  };
}

function reviewColumns(review: DemoReview, context: LoadContext) {
  const submittedAt = ago(context, review.submittedHoursAgo);
  const reviewedAt =
    review.reviewedHoursAgo === null ? null : ago(context, review.reviewedHoursAgo);
  return {
    status: review.status,
    rejectionReason: review.rejectionReason,
    submittedAt,
    reviewedAt,
    reviewedBy: reviewedAt ? context.reviewerId : null,
    updatedAt: reviewedAt && reviewedAt > submittedAt ? reviewedAt : submittedAt,
  };
}

/** The same columns the profile service writes, for rows inserted many at a time. */
export function mentorRows(
  userId: string,
  profile: NonNullable<DemoMentor['profile']>,
  context: LoadContext,
): { profile: MentorProfileRow; languages: MentorLanguageRow[] } {
  const { input } = profile;
  const review = reviewColumns(profile.review, context);
  return {
    profile: {
      userId,
      programmeId: context.programmeId,
      ...review,
      approvedAt: review.status === 'approved' ? review.reviewedAt : null,
      ...mentorColumns(input),
      pendingChanges: profile.pendingChanges,
    },
    languages: input.languages.map((language, position) => ({ userId, ...language, position })),
  };
}

export function menteeRow(
  userId: string,
  profile: NonNullable<DemoMentee['profile']>,
  context: LoadContext,
): MenteeProfileRow {
  const { input } = profile;
  return {
    userId,
    ...reviewColumns(profile.review, context),
    ...menteeColumns(input),
  };
}
