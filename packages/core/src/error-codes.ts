/** Stable codes the SPA translates; messages are for developers and logs. */
export const ERROR_CODES = [
  'validation_failed',
  'bad_request',
  'unauthorized',
  'invalid_credentials',
  'invalid_refresh_token',
  'token_expired',
  'forbidden',
  'not_found',
  'email_taken',
  /** Login refused: a coordinator suspended the account. */
  'account_suspended',
  /** Approve or reject a profile that has nothing waiting for review. */
  'nothing_to_review',
  /** She changed her profile after the coordinator read it: read it again before deciding. */
  'profile_changed',
  /** Coordinators cannot suspend coordinators. */
  'cannot_suspend_admin',
  'already_suspended',
  'not_suspended',
  'report_resolved',
  /** A report about oneself. */
  'cannot_report_self',
  /** A move its state machine (core's states.ts) does not allow, or not for this member. */
  'invalid_transition',
  /** Refusals of a new request, each with its own kind text for the mentee. */
  'too_many_open_requests',
  'already_requested',
  'recently_declined',
  'in_mentorship',
  'mentor_full',
  'mentor_paused',
  /** A mentee's profile must be approved before she asks anyone. */
  'profile_not_approved',
  /** A meeting log is changed by its author only, within LOG_EDIT_DAYS. */
  'log_locked',
  /** A survey already answered (an end survey's token is spent once). */
  'survey_answered',
  /** Deleting her own account: the password she typed is not hers (someone else at her phone). */
  'password_incorrect',
  /** The last coordinator of a programme cannot delete her account: someone must look after it. */
  'last_coordinator',
  /** Coordinators' accounts are not erased by another coordinator; each deletes her own. */
  'cannot_erase_admin',
  'payload_too_large',
  'unsupported_media_type',
  'too_many_requests',
  'service_unavailable',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes for statuses whose meaning is clear without a body. */
const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  503: 'service_unavailable',
};

/**
 * The code for an error that came without one: Fastify's own client errors on the server,
 * a proxy's answer in the browser. Kept free of TypeBox, so the SPA's first download can use it.
 */
export function errorCodeForStatus(status: number): ErrorCode {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'internal_error' : 'bad_request');
}
