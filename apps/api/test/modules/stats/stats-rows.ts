import { sampleMenteeProfile } from '@mentorbro/core/samples';
import type { RequestStatus } from '@mentorbro/core/states';
import type { SurveyAnswers } from '@mentorbro/core/survey';
import {
  introductions,
  matchRequests,
  meetingLogs,
  menteeProfiles,
  mentorships,
  surveyAnswers,
  users,
} from '../../../src/db/schema';
import { menteeColumns } from '../../../src/modules/profiles/profile-columns';
import type { TestApp } from '../../helpers/test-app';

/**
 * Rows written straight to the tables at known times, for the dashboard's tests: the
 * numbers are then worked out by hand from these rows, not by running the app's logic.
 */
export function statsRows(t: TestApp, programmeId: string) {
  const db = t.app.db;
  let counter = 0;
  const at = (iso: string) => new Date(iso);

  async function member(role: 'mentee' | 'mentor', createdAt: string) {
    counter += 1;
    const [row] = await db
      .insert(users)
      .values({
        email: `stats-${role}-${counter}-${programmeId.slice(0, 8)}@example.dk`,
        name: `${role === 'mentee' ? 'Amina' : 'Lene'} ${counter}`,
        role,
        locale: 'da',
        passwordHash: 'not a password hash',
        programmeId,
        termsAcceptedAt: at(createdAt),
        createdAt: at(createdAt),
      })
      .returning();
    if (!row) throw new Error('member not written');
    return row.id;
  }

  return {
    mentor: (createdAt = '2025-01-01T09:00:00Z') => member('mentor', createdAt),

    /** A mentee registered at `createdAt`; with a profile in `place` unless `profile` is null. */
    async mentee(
      createdAt: string,
      profile: {
        place: 'koebenhavn' | 'odense';
        status: 'approved' | 'pending' | 'rejected';
        reviewedAt: string | null;
      } | null,
    ) {
      const id = await member('mentee', createdAt);
      if (!profile) return id;
      await db.insert(menteeProfiles).values({
        userId: id,
        ...menteeColumns(sampleMenteeProfile({ municipality: profile.place })),
        status: profile.status,
        rejectionReason: profile.status === 'rejected' ? 'Skriv lidt mere om dine mål.' : null,
        submittedAt: at(createdAt),
        reviewedAt: profile.reviewedAt ? at(profile.reviewedAt) : null,
      });
      return id;
    },

    async request(
      menteeId: string,
      mentorId: string,
      status: RequestStatus,
      createdAt: string,
      answeredAt: string | null = null,
    ) {
      const [row] = await db
        .insert(matchRequests)
        .values({
          programmeId,
          menteeId,
          mentorId,
          status,
          message: 'Jeg vil gerne høre om dit arbejde.',
          goals: ['job_search'],
          menteeContact: { email: true },
          createdAt: at(createdAt),
          answeredAt: answeredAt ? at(answeredAt) : null,
          declineReason: status === 'declined' ? 'no_time' : null,
        })
        .returning();
      if (!row) throw new Error('request not written');
      return row;
    },

    /** The mentorship an accepted request led to, with the introduction between them. */
    async mentorship(
      request: { id: string; menteeId: string; mentorId: string },
      startDate: string,
      end: { status: 'completed' | 'ended_early'; at: string } | null = null,
    ) {
      const [intro] = await db
        .insert(introductions)
        .values({
          requestId: request.id,
          programmeId,
          menteeId: request.menteeId,
          mentorId: request.mentorId,
          status: 'confirmed',
          openedAt: at(`${startDate}T08:00:00Z`),
          closedAt: at(`${startDate}T09:00:00Z`),
          menteeContact: { email: true },
          mentorContact: { email: true },
          menteeAnswer: 'continue',
          mentorAnswer: 'continue',
        })
        .returning();
      if (!intro) throw new Error('introduction not written');
      const [row] = await db
        .insert(mentorships)
        .values({
          introductionId: intro.id,
          programmeId,
          menteeId: request.menteeId,
          mentorId: request.mentorId,
          status: end?.status ?? 'active',
          // Not exclusive: one of the fixture's mentees has two running at once.
          exclusive: false,
          startDate,
          plannedEnd: '2027-12-31',
          meetingsPerMonth: 2,
          endedAt: end ? at(end.at) : null,
          outcome: end ? (end.status === 'completed' ? 'job' : 'ended_early') : null,
          earlyReason: end?.status === 'ended_early' ? 'no_time' : null,
        })
        .returning();
      if (!row) throw new Error('mentorship not written');
      return { ...row, authorId: request.menteeId };
    },

    async logs(mentorship: { id: string; authorId: string }, dates: string[]) {
      for (const date of dates) {
        await db.insert(meetingLogs).values({
          mentorshipId: mentorship.id,
          authorId: mentorship.authorId,
          date,
          minutes: 60,
          topics: ['cv'],
          createdAt: at(`${date}T12:00:00Z`),
          updatedAt: at(`${date}T12:00:00Z`),
        });
      }
    },

    async answer(
      form: 'mentee_end' | 'mentor_end',
      month: string,
      region: 'hovedstaden' | 'syddanmark',
      answers: SurveyAnswers,
      version = 1,
    ) {
      await db.insert(surveyAnswers).values({ programmeId, form, version, month, region, answers });
    },
  };
}
