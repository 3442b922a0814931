import type { ErrorCode, FieldError } from '@mentorbro/core/error';

/** A client mistake the API explains with a stable code; anything else becomes a 500. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthorized = (message = 'Please log in.') =>
  new AppError(401, 'unauthorized', message);
export const forbidden = (message = 'You do not have access to this.') =>
  new AppError(403, 'forbidden', message);
export const invalidRefreshToken = () =>
  new AppError(401, 'invalid_refresh_token', 'Please log in again.');
export const accountSuspended = () =>
  new AppError(403, 'account_suspended', 'A coordinator has paused this account.');
/** The one 400 for fields that break a rule, from the schema or from a rule it cannot express. */
export const validationFailed = (details: FieldError[]) =>
  new AppError(400, 'validation_failed', 'Some fields are not valid.', details);
/** One field refused by a rule the schema cannot express, in the validation error's shape. */
export const refused = (field: string, rule: string, message: string) =>
  validationFailed([{ field, rule, message }]);
