import type { ProfileStatus } from '@mentorbro/core/profile';
import type { SelfRegisterRole } from '@mentorbro/core/user';
import type { Random } from './random';

/** What became of a demo member's profile: what a visitor should find in every state. */
export type ReviewPlan =
  | { kind: 'approved' }
  /** Waiting for a coordinator since `daysAgo`, so the queue shows them a few days apart. */
  | { kind: 'pending'; daysAgo: number }
  | { kind: 'rejected'; daysAgo: number }
  /** Approved, with changed words sent `daysAgo`: the queue shows the edit. */
  | { kind: 'edited'; daysAgo: number }
  /** Registered only, never sent a profile. */
  | { kind: 'none' };

export interface DemoReview {
  status: ProfileStatus;
  /** Hours before loading: dates follow the moment the data is loaded. */
  submittedHoursAgo: number;
  reviewedHoursAgo: number | null;
  rejectionReason: string | null;
}

/**
 * The plan repeats every 1,000 members of a role: the 60/80 demo shows each state once or a
 * few times, and a large population keeps a proportional queue (0.5-0.6 %).
 */
const BLOCK = 1_000;
const APPROVED: ReviewPlan = { kind: 'approved' };

const MENTOR_PLAN = new Map<number, ReviewPlan>([
  [4, { kind: 'pending', daysAgo: 9 }],
  [9, { kind: 'pending', daysAgo: 7 }],
  [12, { kind: 'edited', daysAgo: 4 }],
  [15, { kind: 'pending', daysAgo: 5 }],
  [22, { kind: 'pending', daysAgo: 3 }],
  [27, { kind: 'rejected', daysAgo: 12 }],
  [31, { kind: 'pending', daysAgo: 1 }],
  [40, { kind: 'edited', daysAgo: 2 }],
  [50, { kind: 'none' }],
]);

const MENTEE_PLAN = new Map<number, ReviewPlan>([
  [3, { kind: 'pending', daysAgo: 8 }],
  [8, { kind: 'pending', daysAgo: 6 }],
  [14, { kind: 'pending', daysAgo: 4 }],
  [19, { kind: 'none' }],
  [21, { kind: 'pending', daysAgo: 3 }],
  [26, { kind: 'rejected', daysAgo: 10 }],
  [33, { kind: 'pending', daysAgo: 2 }],
  [44, { kind: 'none' }],
  [47, { kind: 'pending', daysAgo: 1 }],
  [71, { kind: 'none' }],
]);

/** The plan for the index-th (from 1) mentor or mentee. */
export function reviewPlan(role: SelfRegisterRole, index: number): ReviewPlan {
  const plan = role === 'mentor' ? MENTOR_PLAN : MENTEE_PLAN;
  return plan.get(((index - 1) % BLOCK) + 1) ?? APPROVED;
}

const DAY = 24;

/** Dates for a plan, with a few hours of jitter so no two people share a timestamp. */
export function reviewOf(
  random: Random,
  plan: Exclude<ReviewPlan, { kind: 'none' }>,
  rejectionReason: string,
): DemoReview {
  const jitter = random.int(0, 9);
  switch (plan.kind) {
    case 'pending':
      return {
        status: 'pending',
        submittedHoursAgo: plan.daysAgo * DAY + jitter,
        reviewedHoursAgo: null,
        rejectionReason: null,
      };
    case 'rejected': {
      const submitted = plan.daysAgo * DAY + jitter;
      return {
        status: 'rejected',
        submittedHoursAgo: submitted,
        reviewedHoursAgo: submitted - random.int(20, 60),
        rejectionReason,
      };
    }
    case 'edited':
      // Approved long ago; sending changed words moved submittedAt to when she sent them.
      return {
        status: 'approved',
        submittedHoursAgo: plan.daysAgo * DAY + jitter,
        reviewedHoursAgo: random.int(30, 300) * DAY,
        rejectionReason: null,
      };
    case 'approved': {
      const submitted = random.int(14, 400) * DAY + jitter;
      return {
        status: 'approved',
        submittedHoursAgo: submitted,
        reviewedHoursAgo: submitted - random.int(2, 96),
        rejectionReason: null,
      };
    }
  }
}
