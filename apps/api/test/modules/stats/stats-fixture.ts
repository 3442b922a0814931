import type { RequestStatus } from '@mentorbro/core/states';
import type { SurveyAnswers } from '@mentorbro/core/survey';
import { DEFAULT_SURVEYS } from '@mentorbro/core/survey-defaults';
import { surveyDefinitions } from '../../../src/db/schema';
import type { IssuedSession } from '../../../src/modules/auth/auth.service';
import { defaultProgramme } from '../../../src/modules/programmes/programmes.repository';
import { adminOfProgrammeAndLogin, insertProgramme } from '../../helpers/admin';
import type { TestApp } from '../../helpers/test-app';
import { statsRows } from './stats-rows';

/**
 * A small programme whose every dashboard number the tests work out by hand from the tables
 * below. Today is 2026-06-15; the quiet days are 30, so quiet since 2026-05-16. The default
 * period is 2025-06-01..2026-06-15. H = hovedstaden (København), S = syddanmark (Odense).
 */
export const TODAY = new Date('2026-06-15T10:00:00Z');

type Status = 'approved' | 'pending' | 'rejected';
/** Name, region (null: no profile), registered, profile status, reviewed. */
const MENTEES: [string, 'H' | 'S' | null, string, Status | null, string | null][] = [
  ['M1', 'H', '2025-07-10T09:00:00Z', 'approved', '2025-07-12T10:00:00Z'],
  ['M2', 'H', '2025-09-01T09:00:00Z', 'approved', '2025-09-03T00:00:00Z'],
  ['M3', 'S', '2025-10-05T00:00:00Z', 'approved', '2025-10-06T00:00:00Z'], // the edge's first day
  ['M4', 'H', '2025-11-01T09:00:00Z', 'approved', '2025-11-02T09:00:00Z'],
  ['M5', 'S', '2026-01-10T23:59:59Z', 'approved', '2026-01-11T00:00:00Z'], // the edge's last day
  ['M6', 'H', '2026-03-01T09:00:00Z', 'pending', null],
  ['M7', null, '2026-05-01T09:00:00Z', null, null],
  ['M8', 'H', '2026-06-15T08:00:00Z', 'approved', '2026-06-15T09:00:00Z'], // today
  ['M9', 'H', '2025-05-31T23:00:00Z', 'approved', '2025-06-01T08:00:00Z'], // the day before
  ['M10', 'S', '2024-01-01T09:00:00Z', 'approved', '2024-01-02T09:00:00Z'],
  ['M11', 'H', '2025-10-04T23:59:59Z', 'rejected', '2025-10-06T09:00:00Z'],
  ['M12', 'H', '2026-01-11T00:00:00Z', 'pending', null],
];

/** Name, mentee, mentor, status today, sent, answered (or expired, withdrawn). */
const REQUESTS: [string, string, string, RequestStatus, string, string | null][] = [
  ['r1', 'M1', 'X', 'declined', '2025-07-13T09:00:00Z', '2025-07-15T09:00:00Z'],
  ['r2', 'M1', 'Y', 'accepted', '2025-07-20T09:00:00Z', '2025-07-22T10:00:00Z'],
  ['r3', 'M2', 'X', 'accepted', '2025-09-05T09:00:00Z', '2025-09-08T12:00:00Z'],
  ['r4', 'M3', 'Y', 'accepted', '2025-10-07T09:00:00Z', '2025-10-09T00:00:00Z'],
  ['r5', 'M4', 'X', 'withdrawn', '2025-11-10T09:00:00Z', '2025-11-11T09:00:00Z'],
  ['r6', 'M4', 'Y', 'expired', '2025-11-12T09:00:00Z', '2025-11-26T09:00:00Z'],
  ['r7', 'M4', 'Z', 'pending', '2026-06-10T09:00:00Z', null],
  ['r8', 'M5', 'X', 'declined', '2026-01-12T09:00:00Z', '2026-01-13T09:00:00Z'],
  ['r9', 'M5', 'Z', 'accepted', '2026-01-20T09:00:00Z', '2026-01-25T00:00:00Z'],
  ['r10', 'M9', 'Z', 'accepted', '2025-06-02T09:00:00Z', '2025-06-03T09:00:00Z'],
  ['r11', 'M10', 'X', 'accepted', '2024-01-10T09:00:00Z', '2024-01-12T09:00:00Z'],
  ['r12', 'M2', 'Z', 'accepted', '2026-03-01T09:00:00Z', '2026-03-02T09:00:00Z'], // her second yes
];

type End = 'completed' | 'ended_early';
/** Name, the accepted request, start, how and when it ended. */
const MENTORSHIPS: [string, string, string, End | null, string | null][] = [
  ['A1', 'r2', '2025-08-01', 'completed', '2026-02-10T12:00:00Z'],
  ['A2', 'r3', '2025-09-20', null, null],
  ['A3', 'r4', '2025-10-20', null, null], // quiet: last meeting 2026-04-01
  ['A4', 'r9', '2026-02-01', 'ended_early', '2026-04-15T09:00:00Z'],
  ['A5', 'r10', '2025-06-10', null, null],
  ['A6', 'r11', '2024-02-01', 'completed', '2025-05-31T12:00:00Z'],
  ['A7', 'r12', '2026-06-01', null, null], // no meeting yet, but began within the quiet days
];

/** The meetings logged, by their date. */
const MEETINGS: Record<string, string[]> = {
  A1: ['2025-08-15', '2026-01-10', '2026-01-11'],
  A2: ['2025-09-25', '2025-10-04', '2025-10-15', '2026-06-01'],
  A3: ['2025-11-05', '2026-04-01'],
  A4: ['2026-02-10', '2026-03-10'],
  A5: ['2025-06-20', '2026-06-15', '2026-06-16'],
  A6: ['2024-03-01', '2025-05-20'],
};

/**
 * The mentees' end answers; `-` is an empty list or a skipped rating. h7 answered version 2 of
 * the form, which adds `met_often` to what worked. The last one was sent before the period.
 * h8-h12 (after the edge period of stats-period.test.ts) make some shares big enough to show:
 * a share needs 5 who ticked it and 5 who did not, so aged 25-34 is a group of 10 split 5/5.
 */
const MENTEE_ANSWERS = `
  h1  2025-06  hovedstaden  job,better_danish                 5  listened,good_relation  finding_time                25-34  4_9      bachelor    1
  h2  2025-08  hovedstaden  job,better_danish,bigger_network  4  listened                nothing                     25-34  4_9      bachelor    1
  h3  2025-10  hovedstaden  education,better_danish           3  took_time               finding_time,understanding  35-44  1_3      master      1
  h4  2025-11  hovedstaden  better_danish,clearer_goals       5  listened,took_time      nothing                     25-34  1_3      bachelor    1
  h5  2025-12  hovedstaden  job                               -  good_relation           mentor_busy                 35-44  4_9      bachelor    1
  h6  2026-01  hovedstaden  -                                 2  -                       no_relation,expectations    25-34  10_plus  master      1
  h7  2026-03  hovedstaden  internship,more_confidence        4  listened,met_often      finding_time                45-54  4_9      master      2
  s1  2025-10  syddanmark   job                               5  listened                finding_time                25-34  1_3      bachelor    1
  s2  2026-01  syddanmark   better_danish                     4  good_relation           nothing                     35-44  4_9      vocational  1
  s3  2026-02  syddanmark   education,better_danish           1  -                       understanding               25-34  1_3      bachelor    1
  h8  2026-04  hovedstaden  job,better_danish                 5  took_time               finding_time                25-34  1_3      bachelor    1
  h9  2026-04  hovedstaden  job                               2  good_relation           nothing                     25-34  4_9      bachelor    1
  h10 2026-05  hovedstaden  -                                 1  -                       nothing                     25-34  4_9      bachelor    1
  h11 2026-05  hovedstaden  clearer_goals                     3  methods                 my_situation                25-34  4_9      bachelor    1
  h12 2026-05  hovedstaden  bigger_network                    -  listened                mentor_busy                 35-44  4_9      master      1
  x1  2025-05  hovedstaden  job                               5  listened                nothing                     25-34  4_9      bachelor    1
`;

const list = (cell: string) => (cell === '-' ? [] : cell.split(','));

function menteeAnswers() {
  return MENTEE_ANSWERS.trim()
    .split('\n')
    .map((line) => {
      const [
        ,
        month = '',
        region = '',
        outcomes = '',
        rating = '',
        worked = '',
        hard = '',
        age = '',
        years = '',
        education = '',
        version = '',
      ] = line.trim().split(/\s+/);
      const answers: SurveyAnswers = {
        outcomes: list(outcomes),
        worked: list(worked),
        hard: list(hard),
        age_band: age,
        years_in_denmark: years,
        education_level: education,
        ...(rating === '-' ? {} : { satisfaction: Number(rating) }),
      };
      const place = region === 'syddanmark' ? ('syddanmark' as const) : ('hovedstaden' as const);
      return { month: `${month}-01`, place, answers, version: Number(version) };
    });
}

/** Writes the tables above; returns a session of the programme's coordinator. */
export async function statsFixture(t: TestApp): Promise<IssuedSession> {
  t.clock.advance(TODAY.getTime() - t.clock.now().getTime());
  const programme = await insertProgramme(t, { quietDays: 30 });
  const coordinator = await adminOfProgrammeAndLogin(t, programme.id);
  const rows = statsRows(t, programme.id);
  const ids = new Map<string, string>();
  const id = (name: string) => {
    const found = ids.get(name);
    if (!found) throw new Error(`${name} is not in the fixture`);
    return found;
  };
  for (const name of ['X', 'Y', 'Z']) ids.set(name, await rows.mentor());
  for (const [name, region, registered, status, reviewedAt] of MENTEES) {
    const profile =
      region && status
        ? {
            place: region === 'S' ? ('odense' as const) : ('koebenhavn' as const),
            status,
            reviewedAt,
          }
        : null;
    ids.set(name, await rows.mentee(registered, profile));
  }
  const requests = new Map<string, Awaited<ReturnType<typeof rows.request>>>();
  for (const [name, mentee, mentor, status, sent, answered] of REQUESTS) {
    requests.set(name, await rows.request(id(mentee), id(mentor), status, sent, answered));
  }
  for (const [name, requestName, start, end, endedAt] of MENTORSHIPS) {
    const request = requests.get(requestName);
    if (!request) throw new Error(`${requestName} is not in the fixture`);
    const ending = end && endedAt ? { status: end, at: endedAt } : null;
    const mentorship = await rows.mentorship(request, start, ending);
    await rows.logs(mentorship, MEETINGS[name] ?? []);
  }

  for (const { month, place, answers, version } of menteeAnswers()) {
    await rows.answer('mentee_end', month, place, answers, version);
  }
  for (const month of ['2025-07-01', '2025-09-01', '2026-02-01', '2026-05-01']) {
    await rows.answer('mentor_end', month, 'hovedstaden', {
      satisfaction: 5,
      worked: ['good_relation'],
    });
  }
  const v1 = DEFAULT_SURVEYS.mentee_end;
  const metOften = { id: 'met_often', label: { da: 'Vi mødtes tit', en: 'We met often' } };
  await t.app.db.insert(surveyDefinitions).values({
    programmeId: programme.id,
    form: 'mentee_end',
    version: 2,
    intro: v1.intro,
    questions: v1.questions.map((q) =>
      q.id === 'worked' ? { ...q, options: [...(q.options ?? []), metOften] } : q,
    ),
    createdAt: TODAY,
  });

  // Another programme's members and answers never count here.
  const other = statsRows(t, (await defaultProgramme(t.app.db)).id);
  await other.answer('mentee_end', '2026-01-01', 'hovedstaden', { outcomes: ['job'] });
  await other.mentee('2026-01-01T09:00:00Z', {
    place: 'koebenhavn',
    status: 'approved',
    reviewedAt: '2026-01-02T09:00:00Z',
  });
  return coordinator;
}
