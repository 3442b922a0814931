import type { Account, Fixtures, Pair } from './fixtures';
import type { World } from './world';

export const ROLES = ['anonymous', 'mentee', 'mentor', 'admin', 'otherAdmin', 'suspended'] as const;
/** Who calls; `otherAdmin` is a coordinator of another programme. */
export type Role = (typeof ROLES)[number];

export const RELATIONS = ['own', 'other', 'matched', 'requested'] as const;
/** What the caller has to do with what she calls. */
export type Relation = (typeof RELATIONS)[number];
export const relationName = (relation: Relation) => (relation === 'other' ? "other's" : relation);

/** One cell of the matrix, as a route's row sees it when it fills in the call. */
export interface Cell {
  role: Role;
  relation: Relation;
  w: World;
  make: Fixtures;
  /** The caller; undefined when anonymous. */
  me: Account | undefined;
  /** On introduction routes "requested" is the introduction her request opened. */
  introductions: boolean;
}

/** An id no one has: an anonymous caller's "own" account. */
export const NOBODY = '00000000-0000-4000-8000-000000000000';

type MemberRole = 'mentee' | 'mentor';
const isMember = (role: Role): role is MemberRole => role === 'mentee' || role === 'mentor';
/** Callers who are no member look at a pair from the mentee's side. */
const sideOf = (role: Role): MemberRole => (role === 'mentor' ? 'mentor' : 'mentee');
const partnerOf = (role: MemberRole): MemberRole => (role === 'mentee' ? 'mentor' : 'mentee');

/**
 * Members call from the pair the relation is about ("own" and "matched": her mentorship;
 * "requested": her pending request, or on introduction routes her open introduction). For
 * "other's" she is the requested pair's member, free to act, and what she calls is the other
 * mentorship's, which she has nothing to do with.
 */
export function callerOf(
  w: World,
  role: Role,
  relation: Relation,
  introductions: boolean,
): Account | undefined {
  switch (role) {
    case 'anonymous':
      return undefined;
    case 'admin':
      return w.admin;
    case 'otherAdmin':
      return w.otherAdmin;
    case 'suspended':
      return w.suspended;
    default:
      if (relation === 'requested') return (introductions ? w.introduced : w.requested)[role];
      return (relation === 'other' ? w.requested : w.matched)[role];
  }
}

function noResource(cell: Cell, what: string): never {
  throw new Error(`The table gives a route about ${what} the relation ${cell.relation}`);
}

/** The pair the cell's relation points at. */
function pairOf(cell: Cell): Pair {
  const { w } = cell;
  if (cell.relation === 'requested') return cell.introductions ? w.introduced : w.requested;
  return cell.relation === 'other' ? w.other : w.matched;
}

/**
 * A person: herself ("own"), the other member of her pair, or a member of the other
 * mentorship. `kind` is whom the route is about; "partner" means the opposite of her role.
 * Callers who are no member get the pair's member of that kind (the mentor for "partner").
 */
export function personOf(cell: Cell, kind: MemberRole | 'partner'): string {
  const { w, role, relation } = cell;
  if (relation === 'own') return cell.me?.user.id ?? NOBODY;
  const pair = relation === 'other' ? w.other : relation === 'matched' ? w.matched : w.requested;
  if (relation !== 'other' && isMember(role)) return pair[partnerOf(role)].user.id;
  if (kind !== 'partner') return pair[kind].user.id;
  return pair[relation === 'other' ? partnerOf(sideOf(role)) : 'mentor'].user.id;
}

export const requestOf = (cell: Cell): string =>
  cell.relation === 'own' ? noResource(cell, 'requests') : pairOf(cell).request;

export function introductionOf(cell: Cell): string {
  const { w } = cell;
  if (cell.relation === 'own') return noResource(cell, 'introductions');
  if (cell.relation === 'requested') return w.introduced.introduction;
  return (cell.relation === 'other' ? w.other : w.matched).introduction;
}

export function mentorshipOf(cell: Cell): string {
  if (cell.relation === 'requested') return noResource(cell, 'mentorships');
  return (cell.relation === 'other' ? cell.w.other : cell.w.matched).mentorship;
}

/** "own": a log she wrote; "matched": one her partner wrote; "other's": the other pair's. */
export function logOf(cell: Cell): string {
  const { w, relation } = cell;
  const side = sideOf(cell.role);
  if (relation === 'own') return w.matched.logs[side];
  if (relation === 'matched') return w.matched.logs[partnerOf(side)];
  return relation === 'other' ? w.other.logs.mentor : noResource(cell, 'meeting logs');
}

/** Her survey (the mentee's start survey, the mentor's end survey), her partner's, or another's. */
export function surveyOf(cell: Cell): string {
  const { w, relation } = cell;
  const side = sideOf(cell.role);
  if (relation === 'other') return w.other.menteeStart;
  if (relation === 'requested') return noResource(cell, 'surveys');
  const whose = relation === 'own' ? side : partnerOf(side);
  return whose === 'mentor' ? w.mentorEnd : w.matched.menteeStart;
}

/** A notification in her bell, or in the bell of the person the relation points at. */
export function notificationOf(cell: Cell): string {
  const owner = cell.relation === 'own' ? cell.me?.user.id : personOf(cell, 'partner');
  if (owner === undefined) return NOBODY;
  const id = cell.w.notifications.get(owner);
  if (!id) throw new Error(`The world gave ${owner} no notification`);
  return id;
}
