import {
  EXPORT_NOTE_CODES,
  EXPORT_NOTE_TEXTS,
  type ExportMeetingLog,
  type PersonalData,
  REASONS_WRITTEN_TO_HER,
} from '@mentorbro/core/privacy';
import type { Executor } from '../../db/client';
import { DAY_MS } from '../../lib/clock';
import { statusAt as introductionStatusAt } from '../introductions/introductions.service';
import { notificationText } from '../notifications/email.templates';
import { findMenteeProfile } from '../profiles/mentee-profiles.repository';
import { findMentorProfile } from '../profiles/mentor-profiles.repository';
import { toMenteeOwnProfile, toMentorOwnProfile } from '../profiles/profiles.view';
import { findProgrammeById } from '../programmes/programmes.repository';
import { statusAt as requestStatusAt } from '../requests/requests.service';
import type { UserRow } from '../users/users.repository';
import { toPerson, toSettings } from '../users/users.view';
import {
  auditAbout,
  emailsOf,
  introductionsOf,
  logsOf,
  mentorshipsOf,
  notificationsOf,
  reportsFiledBy,
  requestsOf,
  surveysOf,
} from './privacy-export.repository';

const iso = (date: Date | null) => date?.toISOString() ?? null;
const personOf = (other: { id: string; name: string; deletedAt: Date | null }) =>
  toPerson(other.id, other.name, other.deletedAt);

async function profileOf(db: Executor, user: UserRow): Promise<PersonalData['profile']> {
  if (user.role === 'mentor') return toMentorOwnProfile(await findMentorProfile(db, user.id));
  if (user.role === 'mentee') return toMenteeOwnProfile(await findMenteeProfile(db, user.id));
  return null;
}

function account(user: UserRow, programme: PersonalData['account']['programme']) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    programme,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    termsAcceptedAt: user.termsAcceptedAt.toISOString(),
    womanDeclaredAt: iso(user.womanDeclaredAt),
    suspendedAt: iso(user.suspendedAt),
    suspensionReason: user.suspensionReason,
    emailTips: user.emailTips,
    lastActiveAt: iso(user.lastActiveAt),
    failedLogins: user.failedLogins,
    lastFailedLoginAt: iso(user.lastFailedLoginAt),
    loginLockedUntil: iso(user.loginLockedUntil),
  };
}

/**
 * Everything about her, read in the caller's (read-only, one-snapshot) transaction. Statuses are
 * as of now, as the views show them: a pending request past its days reads as expired.
 */
export async function buildExport(db: Executor, user: UserRow, now: Date): Promise<PersonalData> {
  const rules = await findProgrammeById(db, user.programmeId);
  if (!rules) throw new Error(`Programme ${user.programmeId} is missing`);
  const requestCutoff = new Date(now.getTime() - rules.requestExpiryDays * DAY_MS);
  const mentorshipRows = await mentorshipsOf(db, user.id);
  const logs = await logsOf(
    db,
    mentorshipRows.map((row) => row.mentorship.id),
  );

  const toLog = (log: (typeof logs)[number]): ExportMeetingLog => ({
    id: log.id,
    byMe: log.authorId === user.id,
    date: log.date,
    minutes: log.minutes,
    topics: log.topics as ExportMeetingLog['topics'],
    notes: log.notes,
    nextSteps: log.nextSteps,
    createdAt: log.createdAt.toISOString(),
    updatedAt: log.updatedAt.toISOString(),
  });

  return {
    exportedAt: now.toISOString(),
    // Always all of them: a note only when someone reported her would tell her she was reported.
    notes: EXPORT_NOTE_CODES.map((code) => ({ code, text: EXPORT_NOTE_TEXTS[user.locale][code] })),
    account: account(user, { id: rules.id, slug: rules.slug, name: rules.name }),
    settings: toSettings(user),
    profile: await profileOf(db, user),
    requests: (await requestsOf(db, user.id)).map(({ request, other }) => {
      const sent = request.menteeId === user.id;
      return {
        id: request.id,
        direction: sent ? 'sent' : 'received',
        other: personOf(other),
        status: requestStatusAt(request, requestCutoff),
        createdAt: request.createdAt.toISOString(),
        answeredAt: iso(request.answeredAt),
        message: request.message,
        goals: request.goals,
        sharedContact: sent ? request.menteeContact : null,
        // As in the views: the mentor's reason code is not for the mentee.
        declineReason: sent ? null : request.declineReason,
        declineMessage: request.declineMessage,
        withdrawnAutomatically: request.withdrawnAutomatically,
      };
    }),
    introductions: (await introductionsOf(db, user.id)).map(({ introduction, other }) => {
      const isMentor = introduction.mentorId === user.id;
      const myAnswer = isMentor ? introduction.mentorAnswer : introduction.menteeAnswer;
      return {
        id: introduction.id,
        requestId: introduction.requestId,
        other: personOf(other),
        status: introductionStatusAt(introduction, now, rules.introductionLapseDays),
        openedAt: introduction.openedAt.toISOString(),
        closedAt: iso(introduction.closedAt),
        sharedContact: isMentor ? introduction.mentorContact : introduction.menteeContact,
        myAnswer,
        myDeclineNote: myAnswer === 'not_a_match' ? introduction.declineNote : null,
      };
    }),
    mentorships: mentorshipRows.map(({ mentorship, other }) => ({
      id: mentorship.id,
      myRole: mentorship.mentorId === user.id ? 'mentor' : 'mentee',
      other: personOf(other),
      status: mentorship.status,
      startDate: mentorship.startDate,
      plannedEnd: mentorship.plannedEnd,
      proposedEnd: mentorship.proposedEnd,
      meetingsPerMonth: mentorship.meetingsPerMonth,
      endedAt: iso(mentorship.endedAt),
      outcome: mentorship.outcome,
      earlyReason: mentorship.earlyReason,
      myEndNote: mentorship.endedBy === user.id ? mentorship.endNote : null,
      logs: logs.filter((log) => log.mentorshipId === mentorship.id).map(toLog),
    })),
    notifications: (await notificationsOf(db, user.id)).map((row) => ({
      id: row.id,
      kind: row.kind,
      params: row.params,
      link: row.link,
      createdAt: row.createdAt.toISOString(),
      readAt: iso(row.readAt),
    })),
    emails: (await emailsOf(db, user.id)).map(({ email, kind, params }) => ({
      kind,
      subject: notificationText(kind, params, user.locale).title,
      status: email.status,
      attempts: email.attempts,
      createdAt: email.createdAt.toISOString(),
      sentAt: iso(email.sentAt),
    })),
    reports: (await reportsFiledBy(db, user.id)).map(({ report, other }) => ({
      id: report.id,
      about: personOf(other),
      reason: report.reason,
      createdAt: report.createdAt.toISOString(),
      resolvedAt: iso(report.resolvedAt),
    })),
    surveys: (await surveysOf(db, user.id)).map((row) => ({
      id: row.id,
      mentorshipId: row.mentorshipId,
      form: row.form,
      version: row.version,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      answers: row.answers,
    })),
    coordinatorActions: (await auditAbout(db, user.id, user.programmeId)).map((row) => ({
      action: row.action,
      at: row.at.toISOString(),
      reason: REASONS_WRITTEN_TO_HER.includes(row.action) ? row.reason : null,
    })),
  };
}
