import type { World } from './world';
import type { Cell, Relation, Role } from './relations';

/** Who gets past the route's guard: nobody is asked ("public"), any account, or these roles. */
export type Guard = 'public' | 'signedIn' | readonly ('mentee' | 'mentor' | 'admin')[];
type Group = 'everyone' | 'signedIn' | 'members' | 'admins';
/** One status for every relation of the route, or one per relation. */
type Statuses = number | Partial<Record<Relation, number>>;

/** What a cell sends besides the caller's token. */
export interface Call {
  params?: Record<string, string | number>;
  query?: Record<string, string>;
  body?: object;
}

export interface Row {
  guard: Guard;
  /** The relations the route has; a route about the caller alone has "own" (the default). */
  relations?: readonly Relation[];
  /** The route is about introductions ("requested": the one her request opened). */
  introductions?: true;
  /** A valid call for the cell, so its answer comes from who asks and not from validation. */
  call?: (cell: Cell) => Call | Promise<Call>;
  /**
   * The exact status per role (or group: everyone, signedIn, members, admins). Left out:
   * the guard's answer, 401 without a session or to a suspended account, 403 to a role the
   * guard does not let in.
   */
  expect: Partial<Record<Role | Group, Statuses>>;
  /**
   * For a route that changes what it calls: a fresh piece of the world for each cell that is
   * allowed (2xx), so no cell uses up what a later one needs. They are all made before the
   * first cell runs, so a piece must not depend on what cells change.
   */
  fresh?: (cell: Cell) => Promise<Partial<World>>;
}

const GROUPS: Record<Role, readonly Group[]> = {
  anonymous: ['everyone'],
  mentee: ['members', 'signedIn', 'everyone'],
  mentor: ['members', 'signedIn', 'everyone'],
  admin: ['admins', 'signedIn', 'everyone'],
  otherAdmin: ['admins', 'signedIn', 'everyone'],
  suspended: ['everyone'],
};

export interface Expected {
  status: number;
  /** The error code, when the guard answers. */
  code?: string;
}

/** The cell's expected answer, or undefined where the table has a hole. */
export function expectedFor(row: Row, role: Role, relation: Relation): Expected | undefined {
  for (const key of [role, ...GROUPS[role]]) {
    const statuses = row.expect[key];
    const status = typeof statuses === 'number' ? statuses : statuses?.[relation];
    if (status !== undefined) return { status };
  }
  if (row.guard === 'public') return undefined;
  if (role === 'anonymous') return { status: 401, code: 'unauthorized' };
  if (role === 'suspended') return { status: 401, code: 'account_suspended' };
  const guarded = role === 'otherAdmin' ? 'admin' : role;
  if (row.guard !== 'signedIn' && !row.guard.includes(guarded)) {
    return { status: 403, code: 'forbidden' };
  }
  return undefined;
}
