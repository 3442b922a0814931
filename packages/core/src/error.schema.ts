import Type, { type Static } from 'typebox';

export { ERROR_CODES, type ErrorCode, errorCodeForStatus } from './error-codes';

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
