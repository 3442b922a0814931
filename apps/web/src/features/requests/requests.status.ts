import type { MatchRequest } from '@mentorbro/core/requests';

/**
 * A request's status as the pages word it: a request withdrawn because another mentor said yes
 * is told apart from one she took back herself, for her and for the mentor.
 */
export type StatusKind =
  'pending' | 'accepted' | 'declined' | 'withdrawn' | 'withdrawnAutomatically' | 'expired';

export function statusKind(request: MatchRequest): StatusKind {
  return request.status === 'withdrawn' && request.withdrawnAutomatically
    ? 'withdrawnAutomatically'
    : request.status;
}

/** The colour of the status label: waiting, good news, or closed. */
export function statusTone(kind: StatusKind): 'waiting' | 'yes' | 'closed' {
  if (kind === 'pending') return 'waiting';
  return kind === 'accepted' ? 'yes' : 'closed';
}

/**
 * A mentee's requests in the order she needs them: a yes first, then those still waiting,
 * then the closed ones; newest first within each, as the API sends them.
 */
export function byWhatComesNext(requests: readonly MatchRequest[]): MatchRequest[] {
  const rank = (request: MatchRequest) => {
    if (request.status === 'accepted') return 0;
    return request.status === 'pending' ? 1 : 2;
  };
  return [...requests].sort((a, b) => rank(a) - rank(b));
}
