/**
 * # The three state machines of a match
 *
 * A request becomes an introduction when the mentor accepts; the introduction becomes a
 * mentorship when both say "let's continue" after meeting (the programmes never make a match
 * official before the two have met, seed 002 §4.2). Each table lists every allowed move and
 * who may make it; any other move is refused with 409 `invalid_transition`.
 *
 * `system` moves happen without anyone asking: a request expires after the programme's days,
 * or is withdrawn when another of the mentee's requests is accepted; an introduction lapses
 * when neither answered in time.
 */

export const REQUEST_STATUSES = [
  'pending',
  'accepted',
  'declined',
  'withdrawn',
  'expired',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const INTRODUCTION_STATUSES = ['open', 'confirmed', 'declined', 'lapsed'] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

/** Each member's answer after the first meeting. */
export const INTRODUCTION_ANSWERS = ['continue', 'not_a_match'] as const;
export type IntroductionAnswer = (typeof INTRODUCTION_ANSWERS)[number];

export const MENTORSHIP_STATUSES = ['active', 'completed', 'ended_early'] as const;
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number];

/** Who makes a move: one of the two members, a coordinator, or time itself. */
export type Actor = 'mentee' | 'mentor' | 'admin' | 'system';

export interface Transition<S extends string> {
  from: S;
  to: S;
  by: readonly Actor[];
}

export const REQUEST_TRANSITIONS: readonly Transition<RequestStatus>[] = [
  { from: 'pending', to: 'accepted', by: ['mentor'] },
  { from: 'pending', to: 'declined', by: ['mentor'] },
  // By her, or by the system when another of her requests is accepted.
  { from: 'pending', to: 'withdrawn', by: ['mentee', 'system'] },
  { from: 'pending', to: 'expired', by: ['system'] },
];

export const INTRODUCTION_TRANSITIONS: readonly Transition<IntroductionStatus>[] = [
  // Each member confirms on her own; the second confirmation moves it.
  { from: 'open', to: 'confirmed', by: ['mentee', 'mentor'] },
  { from: 'open', to: 'declined', by: ['mentee', 'mentor'] },
  { from: 'open', to: 'lapsed', by: ['system'] },
];

export const MENTORSHIP_TRANSITIONS: readonly Transition<MentorshipStatus>[] = [
  { from: 'active', to: 'completed', by: ['mentee', 'mentor', 'admin'] },
  { from: 'active', to: 'ended_early', by: ['mentee', 'mentor', 'admin'] },
];

/** Whether `actor` may move something from `from` to `to` under this table. */
export function canMove<S extends string>(
  table: readonly Transition<S>[],
  from: S,
  to: S,
  actor: Actor,
): boolean {
  return table.some((t) => t.from === from && t.to === to && t.by.includes(actor));
}

/** Every event of a match, recorded as it happens; the notifications are built on them. */
export const MATCH_EVENTS = [
  'request_received',
  'request_accepted',
  'request_declined',
  'request_withdrawn',
  'request_withdrawn_automatically',
  'request_expired',
  'introduction_answered',
  'introduction_declined',
  'introduction_lapsed',
  'mentorship_started',
  'log_added',
  'mentorship_end_proposed',
  'mentorship_planned_end_changed',
  'mentorship_ended',
] as const;
export type MatchEvent = (typeof MATCH_EVENTS)[number];
