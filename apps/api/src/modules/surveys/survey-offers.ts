import type { SurveyForm } from '@mentorbro/core/survey';
import type { Executor } from '../../db/client';
import { nameParam } from '../notifications/notification-params';
import { notify, type NewNotification } from '../notifications/notifications.repository';
import { currentDefinition } from './survey-definitions.service';
import { insertInvitations, mentorshipMembers } from './surveys.repository';

interface MentorshipRef {
  id: string;
  programmeId: string;
  menteeId: string;
  mentorId: string;
}

interface Offer {
  userId: string;
  form: SurveyForm;
  /** The notification's params: the other member's first name, unless her account is deleted. */
  params: NewNotification['params'];
}

/**
 * Offers surveys of a mentorship in the caller's transaction, each at the form's newest
 * version, and tells each member in the bell (and by email). The unique (mentorship, form)
 * makes each once: a second call offers nothing and tells no one.
 */
async function offer(
  tx: Executor,
  mentorship: MentorshipRef,
  now: Date,
  kind: 'survey_start' | 'survey_end',
  pick: (names: { mentee: Offer['params']; mentor: Offer['params'] }) => Offer[],
): Promise<void> {
  const members = await mentorshipMembers(tx, mentorship.id);
  // An approved mentee always has a profile; without one there is no region to file it under.
  if (!members) return;
  const offers = pick({
    mentee: nameParam(members.mentee.name, members.mentee.deletedAt !== null),
    mentor: nameParam(members.mentor.name, members.mentor.deletedAt !== null),
  });
  const rows = [];
  for (const item of offers) {
    const definition = await currentDefinition(tx, mentorship.programmeId, item.form);
    rows.push({
      programmeId: mentorship.programmeId,
      mentorshipId: mentorship.id,
      userId: item.userId,
      form: item.form,
      version: definition.version,
      // The mentee's region for both: the one background an end answer may be filtered by.
      region: members.region,
      createdAt: now,
    });
  }
  const made = await insertInvitations(tx, rows);
  await notify(
    tx,
    made.map((invitation) => ({
      userId: invitation.userId,
      programmeId: mentorship.programmeId,
      kind,
      params: offers.find((item) => item.userId === invitation.userId)?.params ?? {},
      link: `/surveys/${invitation.id}`,
      createdAt: now,
    })),
  );
}

/** When a mentorship starts: her start survey, about where she stands now. */
export const offerStartSurvey = (tx: Executor, mentorship: MentorshipRef, now: Date) =>
  offer(tx, mentorship, now, 'survey_start', (names) => [
    { userId: mentorship.menteeId, form: 'mentee_start', params: names.mentor },
  ]);

/** When a mentorship ends: an anonymous end survey for each member. */
export const offerEndSurveys = (tx: Executor, mentorship: MentorshipRef, now: Date) =>
  offer(tx, mentorship, now, 'survey_end', (names) => [
    { userId: mentorship.menteeId, form: 'mentee_end', params: names.mentor },
    { userId: mentorship.mentorId, form: 'mentor_end', params: names.mentee },
  ]);
