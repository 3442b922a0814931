import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from './catalogue/geography';
import {
  matchPlan,
  meets,
  rankMentors,
  reasonText,
  scoreMatch,
  scoreOf,
  type MatchReason,
} from './match';
import type { MenteeProfileInput, MentorProfileInput } from './profile.schema';
import type { MentorPublicProfile } from './profile.view';
import { sampleMenteeProfile, sampleMentorProfile } from './samples';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function mentor(n: number, overrides: Partial<MentorProfileInput> = {}): MentorPublicProfile {
  const { paused, ...profile } = sampleMentorProfile(overrides);
  const region = MUNICIPALITIES.find((m) => m.code === profile.municipality)?.region;
  if (!region) throw new Error(`unknown municipality ${profile.municipality}`);
  return { id: id(n), firstName: `Mentor ${n}`, ...profile, region, acceptingRequests: !paused };
}

const mentee = (overrides: Partial<MenteeProfileInput> = {}) => sampleMenteeProfile(overrides);

/** The mentors' ids, best match first. */
const order = (m: MenteeProfileInput, mentors: MentorPublicProfile[]) =>
  rankMentors(m, mentors).map((ranked) => ranked.mentor.id);

const score = (m: MenteeProfileInput, candidate: MentorPublicProfile) => {
  const result = scoreMatch(m, candidate);
  if (!result) throw new Error('expected a match');
  return result.score;
};

describe('a shared language is required', () => {
  it('recommends nobody she cannot talk to', () => {
    const her = mentee({ danishLevel: 'A1', otherLanguages: [{ code: 'ar', level: 'native' }] });
    const englishOnly = mentor(1, {
      languages: [
        { code: 'da', level: 'native' },
        { code: 'en', level: 'C1' },
      ],
    });
    const weakArabic = mentor(2, {
      languages: [
        { code: 'da', level: 'native' },
        { code: 'ar', level: 'A2' },
      ],
    });
    expect(scoreMatch(her, englishOnly)).toBeNull();
    expect(scoreMatch(her, weakArabic)).toBeNull();
    expect(rankMentors(her, [englishOnly, weakArabic])).toEqual([]);
  });

  it('matches A2 Danish with a mentor whose Danish is C1 or native, and nothing weaker', () => {
    const her = mentee({ danishLevel: 'A2', otherLanguages: [] });
    const native = mentor(1, { languages: [{ code: 'da', level: 'native' }] });
    const c1 = mentor(2, { languages: [{ code: 'da', level: 'C1' }] });
    const b2 = mentor(3, { languages: [{ code: 'da', level: 'B2' }] });
    expect(scoreMatch(her, native)?.reasons).not.toContainEqual(
      expect.objectContaining({ kind: 'language' }),
    );
    expect(score(her, native)).toBe(score(her, c1));
    expect(scoreMatch(her, b2)).toBeNull();
    expect(scoreMatch(mentee({ danishLevel: 'A1', otherLanguages: [] }), native)).toBeNull();
  });

  it('ranks a mentor who also speaks her language well above a Danish-only one', () => {
    const her = mentee({ danishLevel: 'A2', otherLanguages: [{ code: 'ar', level: 'native' }] });
    const danishOnly = mentor(1, { languages: [{ code: 'da', level: 'native' }] });
    const arabic = mentor(2, {
      languages: [
        { code: 'da', level: 'native' },
        { code: 'ar', level: 'C1' },
      ],
    });
    expect(order(her, [danishOnly, arabic])).toEqual([id(2), id(1)]);
  });

  it('values a shared language more the weaker her Danish, and more when she asked for it', () => {
    const languages: Partial<MenteeProfileInput> = {
      otherLanguages: [{ code: 'ar', level: 'B2' }],
    };
    const danishOnly = mentor(1, { languages: [{ code: 'da', level: 'native' }] });
    const arabic = mentor(2); // the sample mentor speaks Arabic at B1
    const gain = (her: MenteeProfileInput) => score(her, arabic) - score(her, danishOnly);
    const wishes = { woman: false, migrantBackground: false };
    const a2 = gain(mentee({ ...languages, danishLevel: 'A2' }));
    const c1 = gain(mentee({ ...languages, danishLevel: 'C1' }));
    const asked = gain(
      mentee({ ...languages, danishLevel: 'C1', wishes: { ...wishes, sharedLanguage: true } }),
    );
    expect(c1).toBeGreaterThan(0);
    expect(a2).toBeGreaterThan(c1);
    expect(asked).toBeGreaterThan(c1);
  });
});

describe('her goals come first', () => {
  const her = mentee({ goals: ['job_search', 'work_culture', 'network'], desiredFields: [] });

  it('ranks the mentor who covers her first goal above one who covers only her third', () => {
    const first = mentor(1, { goals: ['job_search'] });
    const third = mentor(2, { goals: ['network'] });
    const none = mentor(3, { goals: ['everyday_life'] });
    expect(order(her, [none, third, first])).toEqual([id(1), id(2), id(3)]);
  });

  it('ranks more of her goals above fewer', () => {
    const all = mentor(1, { goals: ['network', 'work_culture', 'job_search'] });
    const two = mentor(2, { goals: ['job_search', 'work_culture'] });
    const one = mentor(3, { goals: ['job_search'] });
    expect(order(her, [one, two, all])).toEqual([id(1), id(2), id(3)]);
  });

  it('weighs her first goal above all her later goals together', () => {
    const first = mentor(1, { goals: ['job_search'] });
    const later = mentor(2, { goals: ['work_culture', 'network'] });
    expect(order(her, [later, first])).toEqual([id(1), id(2)]);
  });

  it('weighs her first goal above the field, even when she has many goals', () => {
    const many = mentee({
      goals: ['job_search', 'network', 'work_culture', 'everyday_life', 'clarify_options'],
      desiredFields: ['it'],
    });
    const goal = mentor(1, { goals: ['job_search'], field: 'retail' });
    const field = mentor(2, { goals: ['education'], field: 'it' });
    expect(order(many, [field, goal])).toEqual([id(1), id(2)]);
  });
});

describe('the other criteria', () => {
  it('ranks a mentor in a field she wants above one who is not', () => {
    const her = mentee({ desiredFields: ['it', 'finance'] });
    const it_ = mentor(1, { field: 'it' });
    const care = mentor(2, { field: 'health_care' });
    expect(order(her, [care, it_])).toEqual([id(1), id(2)]);
    expect(scoreMatch(her, it_)?.reasons).toContainEqual({ kind: 'field', field: 'it' });
  });

  it('ranks the same municipality above the same region above elsewhere', () => {
    const her = mentee({ municipality: 'aarhus' });
    const aarhus = mentor(1, { municipality: 'aarhus' });
    const randers = mentor(2, { municipality: 'randers' });
    const copenhagen = mentor(3, { municipality: 'koebenhavn' });
    expect(order(her, [copenhagen, randers, aarhus])).toEqual([id(1), id(2), id(3)]);
    expect(scoreMatch(her, aarhus)?.reasons).toContainEqual({
      kind: 'municipality',
      municipality: 'aarhus',
    });
    expect(scoreMatch(her, randers)?.reasons).toContainEqual({
      kind: 'region',
      region: 'midtjylland',
    });
    expect(scoreMatch(her, copenhagen)?.reasons.map((r) => r.kind)).not.toContain('region');
  });

  it('ranks an online-only mentor below others for a mentee who meets in person', () => {
    const her = mentee({ meetingMode: 'in_person' });
    const both = mentor(1, { meetingMode: 'both' });
    const inPerson = mentor(2, { meetingMode: 'in_person' });
    const online = mentor(3, { meetingMode: 'online' });
    expect(order(her, [online, inPerson, both])).toEqual([id(1), id(2), id(3)]);
    expect(score(her, both)).toBe(score(her, inPerson));
    // A mentee open to both is indifferent.
    const open = mentee({ meetingMode: 'both' });
    expect(score(open, online)).toBe(score(open, inPerson));
  });

  it('counts a migrant background only when she asked and the mentor chose to show it', () => {
    const asked = mentee({
      wishes: { woman: true, sharedLanguage: false, migrantBackground: true },
    });
    const shown = mentor(1, { personal: { migrantBackground: true } });
    const notShown = mentor(2, { personal: {} });
    const no = mentor(3, { personal: { migrantBackground: false } });
    expect(order(asked, [no, notShown, shown])).toEqual([id(1), id(2), id(3)]);
    expect(score(asked, notShown)).toBe(score(asked, no));
    expect(scoreMatch(asked, shown)?.reasons).toContainEqual({ kind: 'migrantBackground' });

    const notAsked = mentee();
    expect(score(notAsked, shown)).toBe(score(notAsked, no));
    expect(scoreMatch(notAsked, shown)?.reasons).not.toContainEqual({ kind: 'migrantBackground' });
  });

  it('treats the wish for a woman as neutral: every mentor is a woman', () => {
    const wishes = { sharedLanguage: false, migrantBackground: false };
    const candidate = mentor(1);
    expect(scoreMatch(mentee({ wishes: { ...wishes, woman: true } }), candidate)).toEqual(
      scoreMatch(mentee({ wishes: { ...wishes, woman: false } }), candidate),
    );
  });

  it('gives a small bonus for the mentor’s education to a mentee aiming at one', () => {
    const her = mentee({ goals: ['education'], educationLevel: 'upper_secondary' });
    const master = mentor(1, { goals: ['network'], educationLevel: 'master' });
    const school = mentor(2, { goals: ['network'], educationLevel: 'primary' });
    expect(order(her, [school, master])).toEqual([id(1), id(2)]);
    expect(scoreMatch(her, master)?.reasons).toContainEqual({
      kind: 'education',
      level: 'master',
    });
    const notAiming = mentee({ goals: ['network'] });
    expect(score(notAiming, master)).toBe(score(notAiming, school));
  });
});

describe('the reasons', () => {
  const her = mentee({
    goals: ['job_search'],
    desiredFields: ['it'],
    danishLevel: 'A2',
    otherLanguages: [{ code: 'ar', level: 'B2' }],
    municipality: 'randers',
    meetingMode: 'both',
    wishes: { woman: true, sharedLanguage: false, migrantBackground: true },
  });
  const candidate = mentor(1, {
    field: 'it',
    goals: ['job_search'],
    languages: [
      { code: 'da', level: 'native' },
      { code: 'ar', level: 'C1' },
    ],
    municipality: 'aarhus',
    personal: { migrantBackground: true },
  });

  it('says why, most important first, in the words of the issue', () => {
    const result = scoreMatch(her, candidate);
    expect(result?.score).toBe(95);
    expect(result?.reasons.map((reason) => reasonText(reason, 'da'))).toEqual([
      'Kan hjælpe med jobsøgning',
      'Arbejder med IT',
      'Taler arabisk (C1)',
      'Har selv indvandrerbaggrund',
      'Bor også i Region Midtjylland',
    ]);
    expect(result?.reasons.map((reason) => reasonText(reason, 'en'))).toEqual([
      'Can help with job search',
      'Works in IT',
      'Speaks Arabic (C1)',
      'Has a migrant background herself',
      'Also lives in Central Denmark Region',
    ]);
  });

  it.each<[MatchReason, string, string]>([
    [
      { kind: 'goal', goal: 'danish_practice' },
      'Kan hjælpe med at øve dansk',
      'Can help with practising Danish',
    ],
    [
      { kind: 'goal', goal: 'work_culture' },
      'Kan hjælpe med arbejdskultur',
      'Can help with work culture',
    ],
    [
      { kind: 'field', field: 'health_care' },
      'Arbejder med sundhed og omsorg',
      'Works in health and care',
    ],
    [
      { kind: 'field', field: 'human_resources' },
      'Arbejder med HR og rekruttering',
      'Works in HR and recruitment',
    ],
    [
      { kind: 'language', language: 'so', level: 'native' },
      'Taler somali (modersmål)',
      'Speaks Somali (native)',
    ],
    [
      { kind: 'municipality', municipality: 'hoeje-taastrup' },
      'Bor også i Høje-Taastrup',
      'Also lives in Høje-Taastrup',
    ],
    [
      { kind: 'meetingMode', mode: 'in_person' },
      'Kan mødes ansigt til ansigt',
      'Can meet face to face',
    ],
    [{ kind: 'meetingMode', mode: 'online' }, 'Kan mødes online', 'Can meet online'],
    [
      { kind: 'education', level: 'phd' },
      'Har selv en uddannelse: Ph.d.',
      'Has an education herself: PhD',
    ],
  ])('renders %j', (reason, da, en) => {
    expect(reasonText(reason, 'da')).toBe(da);
    expect(reasonText(reason, 'en')).toBe(en);
  });
});

describe('scores and ranking', () => {
  const mentors = [
    mentor(7, { field: 'it', municipality: 'koebenhavn', meetingMode: 'online' }),
    mentor(3),
    mentor(5, { goals: ['everyday_life'], languages: [{ code: 'en', level: 'C2' }] }),
    mentor(1),
    mentor(2, { goals: ['danish_practice', 'job_search'], municipality: 'randers' }),
    mentor(4, { languages: [{ code: 'da', level: 'B1' }], personal: { migrantBackground: true } }),
  ];
  const mentees = [
    mentee(),
    mentee({ danishLevel: 'A2', otherLanguages: [], meetingMode: 'online' }),
    mentee({
      goals: ['clarify_options', 'education', 'network', 'job_search'],
      desiredFields: [],
      otherLanguages: [{ code: 'en', level: 'B1' }],
      wishes: { woman: false, sharedLanguage: true, migrantBackground: true },
    }),
  ];

  it('gives integer scores from 0 to 100', () => {
    for (const her of mentees) {
      for (const candidate of mentors) {
        const result = scoreMatch(her, candidate);
        if (!result) continue;
        expect(Number.isInteger(result.score)).toBe(true);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
      }
    }
  });

  it('reaches 100 for a mentor who meets every criterion she has', () => {
    const her = mentee({ otherLanguages: [], desiredFields: ['health_care'] });
    expect(score(her, mentor(1, { goals: ['job_search', 'danish_practice'] }))).toBe(100);
  });

  it('is deterministic and breaks ties by mentor id, whatever the input order', () => {
    const her = mentees[0] ?? mentee();
    const ranked = rankMentors(her, mentors);
    expect(rankMentors(her, [...mentors].reverse())).toEqual(ranked);
    expect(rankMentors(her, mentors)).toEqual(ranked);
    // Mentors 1 and 3 are the same profile: equal scores, id order.
    const ids = ranked.map((r) => r.mentor.id);
    expect(ids.indexOf(id(1))).toBe(ids.indexOf(id(3)) - 1);
    const scores = ranked.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('drops the mentors she shares no language with', () => {
    const her = mentee({ danishLevel: 'A2', otherLanguages: [] });
    expect(rankMentors(her, mentors).map((r) => r.mentor.id)).not.toContain(id(5));
  });
});

describe('the plan behind the score', () => {
  // Every combination of the facts the terms look at, over a few mentees.
  const mentors = [
    mentor(1),
    mentor(2, { field: 'it', goals: ['network'], municipality: 'koebenhavn' }),
    mentor(3, {
      languages: [
        { code: 'da', level: 'C1' },
        { code: 'ar', level: 'native' },
      ],
    }),
    mentor(4, { meetingMode: 'online', personal: { migrantBackground: true } }),
    mentor(5, { educationLevel: 'primary', goals: ['education', 'everyday_life'] }),
    mentor(6, { municipality: 'randers', languages: [{ code: 'ar', level: 'B2' }] }),
  ];
  const mentees = [
    mentee(),
    mentee({ otherLanguages: [{ code: 'ar', level: 'native' }], danishLevel: 'A2' }),
    mentee({
      goals: ['education', 'network', 'job_search'],
      wishes: { woman: true, sharedLanguage: true, migrantBackground: true },
      otherLanguages: [{ code: 'ar', level: 'B1' }],
      meetingMode: 'online',
    }),
  ];

  it('scores as the sum of the terms the mentor meets, over the most she could earn', () => {
    for (const her of mentees) {
      const plan = matchPlan(her);
      expect(plan.max).toBeCloseTo(
        plan.terms.reduce((sum, term) => sum + term.points, 0),
        9,
      );
      for (const candidate of mentors) {
        const result = scoreMatch(her, candidate);
        if (!result) continue;
        const earned = plan.terms
          .filter((term) => meets(term.condition, candidate))
          .reduce((sum, term) => sum + term.points, 0);
        expect(result.score).toBe(scoreOf(earned, plan.max));
      }
    }
  });

  it('lists the heaviest terms first, so the database splits by them first', () => {
    const points = matchPlan(mentees[2] ?? mentee()).terms.map((term) => term.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
  });
});
