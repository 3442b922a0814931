import { and, desc, eq, inArray, ne, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import {
  auditLog,
  emailOutbox,
  introductions,
  matchRequests,
  meetingLogs,
  mentorships,
  notifications,
  reports,
  surveyInvitations,
  users,
} from '../../db/schema';
import type { Pair } from './privacy.repository';

/**
 * The reads of her export: every row about her, each with no more of the other member than
 * the views show (id, name for the first name, whether the account was deleted). Each query
 * is scoped to her id, so nothing of anyone else's can slip in.
 */

const other = alias(users, 'other');
const otherColumns = { id: other.id, name: other.name, deletedAt: other.deletedAt };

/** The other member of a pair row: the mentor when she is the mentee, and the reverse. */
const otherOf = (userId: string, table: Pair) =>
  or(
    and(eq(table.menteeId, userId), eq(other.id, table.mentorId)),
    and(eq(table.mentorId, userId), eq(other.id, table.menteeId)),
  );

export async function requestsOf(db: Executor, userId: string) {
  return db
    .select({ request: matchRequests, other: otherColumns })
    .from(matchRequests)
    .innerJoin(other, otherOf(userId, matchRequests))
    .orderBy(desc(matchRequests.createdAt), desc(matchRequests.id));
}

export async function introductionsOf(db: Executor, userId: string) {
  return db
    .select({ introduction: introductions, other: otherColumns })
    .from(introductions)
    .innerJoin(other, otherOf(userId, introductions))
    .orderBy(desc(introductions.openedAt), desc(introductions.id));
}

export async function mentorshipsOf(db: Executor, userId: string) {
  return db
    .select({ mentorship: mentorships, other: otherColumns })
    .from(mentorships)
    .innerJoin(other, otherOf(userId, mentorships))
    .orderBy(desc(mentorships.startDate), desc(mentorships.id));
}

export async function logsOf(db: Executor, mentorshipIds: string[]) {
  if (mentorshipIds.length === 0) return [];
  return db
    .select()
    .from(meetingLogs)
    .where(inArray(meetingLogs.mentorshipId, mentorshipIds))
    .orderBy(desc(meetingLogs.date), desc(meetingLogs.createdAt));
}

export async function notificationsOf(db: Executor, userId: string) {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id));
}

export async function emailsOf(db: Executor, userId: string) {
  return db
    .select({ email: emailOutbox, kind: notifications.kind, params: notifications.params })
    .from(emailOutbox)
    .innerJoin(notifications, eq(notifications.id, emailOutbox.notificationId))
    .where(eq(notifications.userId, userId))
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id));
}

/** Reports she made; never those about her (see PersonalData's notes). */
export async function reportsFiledBy(db: Executor, userId: string) {
  return db
    .select({ report: reports, other: otherColumns })
    .from(reports)
    .innerJoin(other, eq(other.id, reports.subjectId))
    .where(eq(reports.reporterId, userId))
    .orderBy(desc(reports.createdAt), desc(reports.id));
}

export async function surveysOf(db: Executor, userId: string) {
  return db
    .select()
    .from(surveyInvitations)
    .where(eq(surveyInvitations.userId, userId))
    .orderBy(desc(surveyInvitations.createdAt), desc(surveyInvitations.id));
}

/**
 * What coordinators did concerning her, without the coordinator (PersonalData's notes). Not a
 * report's resolution: its subject is the member reported, and its words may lead to whoever
 * reported her, whose safety comes first.
 */
export async function auditAbout(db: Executor, userId: string, programmeId: string) {
  return db
    .select({ action: auditLog.action, at: auditLog.at, reason: auditLog.reason })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.subjectId, userId),
        eq(auditLog.programmeId, programmeId),
        ne(auditLog.action, 'report.resolve'),
      ),
    )
    .orderBy(desc(auditLog.id));
}
