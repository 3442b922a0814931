import Type, { type Static } from 'typebox';

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
  'payload_too_large',
  'unsupported_media_type',
  'too_many_requests',
  'service_unavailable',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const FieldError = Type.Object({
  /** JSON pointer to the offending field, e.g. "/email"; "" for the whole body. */
  field: Type.String(),
  /** The rule that failed: required, minLength, maxLength, format, enum, const, type, pattern, additionalProperties. */
  rule: Type.String(),
  message: Type.String(),
});
export type FieldError = Static<typeof FieldError>;

/** The one error body every route returns for every status from 400 up. */
export const ErrorBody = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    details: Type.Optional(Type.Array(FieldError)),
  }),
});
export type ErrorBody = Static<typeof ErrorBody>;
