import { describe, expect, it } from 'vitest';
import { type GroupCounts, suppressGroups } from '../../../src/modules/stats/stats.suppression';

// Pure: no database. Each case is one background question's groups (option, answers, job yes,
// satisfied yes of rated) and the form's total; the result is [option, answers, job, satisfied]
// per row. A share needs 5 yes and 5 no (core's shareOf), so a row of 10 with 5 is 0.5.
type Group = [option: string, answers: number, job: number, satisfied?: [number, number]];
type Row = [option: string, answers: number | null, job: number | null, satisfied: number | null];

const groupsOf = (groups: Group[]): GroupCounts[] =>
  groups.map(([option, answers, job, satisfied = [0, 0]]) => ({
    option,
    answers,
    measures: {
      job: { count: job, of: answers },
      education: { count: 0, of: answers },
      betterDanish: { count: 0, of: answers },
      satisfied: { count: satisfied[0], of: satisfied[1] },
    },
  }));

const cases: [name: string, total: number, groups: Group[], rows: Row[]][] = [
  [
    'shows every group of 5 and up when nothing else is hidden',
    22,
    [
      ['a', 10, 5],
      ['b', 12, 6],
      ['c', 0, 0],
    ],
    [
      ['a', 10, 5 / 10, null],
      ['b', 12, 6 / 12, null],
      ['c', null, null, null],
    ],
  ],
  [
    'hides the smallest shown group when a hidden group has 1-4 answers',
    25,
    [
      ['a', 10, 5],
      ['b', 12, 6],
      ['c', 3, 1],
    ],
    // 25 - 10 - 12 = 3 would be c's size, and the total's job count minus 5 + 6 its jobs.
    [
      ['a', null, null, null],
      ['b', 12, 6 / 12, null],
      ['c', null, null, null],
    ],
  ],
  [
    'counts those who skipped the question as hidden too',
    24,
    [
      ['a', 10, 5],
      ['b', 12, 6],
    ],
    // 24 - 22 = 2 skipped: hide a, so 12 (2 + 10) are out of sight.
    [
      ['a', null, null, null],
      ['b', 12, 6 / 12, null],
    ],
  ],
  [
    'hides nothing more when the hidden groups add up to 5 or more',
    27,
    [
      ['a', 10, 5],
      ['b', 12, 6],
      ['c', 3, 1],
      ['d', 2, 0],
    ],
    [
      ['a', 10, 5 / 10, null],
      ['b', 12, 6 / 12, null],
      ['c', null, null, null],
      ['d', null, null, null],
    ],
  ],
  [
    'takes the first of two smallest groups, in the catalogue order',
    35,
    [
      ['a', 12, 6],
      ['b', 10, 5],
      ['c', 10, 5],
    ],
    // 35 - 32 = 3 skipped: b and c both have 10, b comes first.
    [
      ['a', 12, 6 / 12, null],
      ['b', null, null, null],
      ['c', 10, 5 / 10, null],
    ],
  ],
  [
    'hides a second cell of a column when only one is hidden by the 5-yes-5-no rule',
    33,
    [
      ['a', 10, 5, [5, 10]],
      ['b', 12, 6, [6, 12]],
      ['c', 11, 2, [5, 11]],
    ],
    // c's job (2 of 11) is hidden; the total's jobs minus a's and b's would give it, so a's
    // job (the smallest other) goes too. Satisfied is shown in all three: nothing to hide.
    [
      ['a', 10, null, 5 / 10],
      ['b', 12, 6 / 12, 6 / 12],
      ['c', 11, null, 5 / 11],
    ],
  ],
  [
    'hides no second cell when two are hidden already',
    33,
    [
      ['a', 10, 5],
      ['b', 12, 1],
      ['c', 11, 2],
    ],
    [
      ['a', 10, 5 / 10, null],
      ['b', 12, null, null],
      ['c', 11, null, null],
    ],
  ],
  [
    'does both: the group step first, then the cells of the rows still shown',
    38,
    [
      ['a', 10, 5],
      ['b', 12, 6],
      ['c', 14, 1],
      ['d', 2, 0],
    ],
    // Hidden 2 (d): hide a (10). Then c's job (1 of 14) is alone: hide b's, the only other.
    [
      ['a', null, null, null],
      ['b', 12, null, null],
      ['c', 14, null, null],
      ['d', null, null, null],
    ],
  ],
  [
    'leaves a lone shown row alone: there is no other cell to hide',
    11,
    [
      ['a', 11, 2],
      ['b', 0, 0],
    ],
    [
      ['a', 11, null, null],
      ['b', null, null, null],
    ],
  ],
  ['shows nothing when the total is under 5', 4, [['a', 4, 4, [4, 4]]], [['a', null, null, null]]],
];

describe('suppressGroups', () => {
  it.each(cases)('%s', (_, total, groups, rows) => {
    expect(
      suppressGroups(groupsOf(groups), total).map((row) => [
        row.option,
        row.answers,
        row.job,
        row.satisfied,
      ]),
    ).toEqual(rows);
  });
});
