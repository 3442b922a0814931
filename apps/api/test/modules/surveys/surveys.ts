import type { MenteeProfileInput } from '@mentorbro/core/profile';
import type { NotificationKind, NotificationList } from '@mentorbro/core/notifications';
import type {
  SurveyAnswers,
  SurveyForm,
  SurveyInvitation,
  SurveyInvitationList,
  SurveyToken,
} from '@mentorbro/core/survey';
import { moveSurveyPool } from '../../../src/modules/surveys/survey-pool';
import { auth, type Member } from '../../helpers/profiles';
import { type membersOf, startedMentorship } from '../../helpers/requests';
import type { TestApp } from '../../helpers/test-app';

type Members = ReturnType<typeof membersOf>;

interface Names {
  mentee: string;
  mentor: string;
  menteeProfile?: Partial<MenteeProfileInput>;
}
const HODAN_AND_LONE: Names = { mentee: 'Hodan Warsame', mentor: 'Lone Madsen' };

/** A running mentorship between two named members (Hodan and Lone unless told). */
export const namedMentorship = (t: TestApp, members: Members, names = HODAN_AND_LONE) =>
  startedMentorship(t, {
    ...members,
    mentee: () => members.mentee(names.menteeProfile, names.mentee),
    mentor: () => members.mentor({}, names.mentor),
  });

/** A mentorship that ran and was ended by its mentor, as members end one. */
export async function endedMentorship(t: TestApp, members: Members, names = HODAN_AND_LONE) {
  const mentorship = await namedMentorship(t, members, names);
  await t.http
    .post(`/api/mentorships/${mentorship.id}/end`)
    .set(auth(mentorship.mentor))
    .send({ outcome: 'job' })
    .expect(200);
  return mentorship;
}

export async function surveysOf(t: TestApp, member: Member): Promise<SurveyInvitation[]> {
  const res = await t.http.get('/api/surveys').set(auth(member)).expect(200);
  return (res.body as SurveyInvitationList).items;
}

/** Her invitation of one form for one mentorship; fails the test when there is none. */
export async function invitationOf(
  t: TestApp,
  member: Member,
  mentorshipId: string,
  form: SurveyForm,
): Promise<SurveyInvitation> {
  const found = (await surveysOf(t, member)).find(
    (item) => item.mentorshipId === mentorshipId && item.form === form,
  );
  if (!found) throw new Error(`No ${form} survey for ${mentorshipId}`);
  return found;
}

/** What the bell holds for her of one kind. */
export async function bell(t: TestApp, member: Member, kind: NotificationKind) {
  const res = await t.http.get('/api/notifications').set(auth(member)).expect(200);
  return (res.body as NotificationList).items
    .filter((item) => item.kind === kind)
    .map((item) => ({ params: item.params, link: item.link }));
}

export async function tokenFor(t: TestApp, member: Member, invitationId: string) {
  const res = await t.http.post(`/api/surveys/${invitationId}/token`).set(auth(member)).expect(200);
  return (res.body as SurveyToken).token;
}

/** End answers sent as the SPA sends them: no Authorization header at all. */
export const sendAnonymously = (t: TestApp, token: string, answers: SurveyAnswers) =>
  t.http.post('/api/surveys/anonymous').send({ token, answers });

/** One run of the scheduler's pool job: pooled answers reach `survey_answers` five or more at once. */
export const movePool = (t: TestApp) => moveSurveyPool({ db: t.app.db, clock: t.clock });

/** `count` more mentors' end answers in the pool, from mentorships of their own. */
export async function poolFillers(t: TestApp, members: Members, count: number) {
  for (let i = 0; i < count; i += 1) {
    const { mentor, id } = await endedMentorship(t, members);
    const survey = await invitationOf(t, mentor, id, 'mentor_end');
    await sendAnonymously(t, await tokenFor(t, mentor, survey.id), MENTOR_END_ANSWERS).expect(204);
  }
}

export const START_ANSWERS: SurveyAnswers = {
  challenges: ['language', 'network'],
  main_goal: 'job',
  belief: 3,
};

export const MENTEE_END_ANSWERS: SurveyAnswers = {
  outcomes: ['job', 'better_danish'],
  satisfaction: 5,
  worked: ['listened', 'took_time'],
  hard: ['finding_time'],
  age_band: '35-44',
  years_in_denmark: '4_9',
  education_level: 'bachelor',
};

export const MENTOR_END_ANSWERS: SurveyAnswers = {
  satisfaction: 4,
  worked: ['good_relation'],
  hard: ['nothing'],
};
