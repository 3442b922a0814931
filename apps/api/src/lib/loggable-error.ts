import { DrizzleQueryError } from 'drizzle-orm/errors';

export interface LoggableError {
  type: string;
  message: string;
  stack?: string;
  code?: string;
  cause?: LoggableError;
}

/**
 * What of an error may go to the log. A failed query's message carries its parameters
 * (emails, password hashes, free text about a person), so only the SQL text with its
 * placeholders and the database's own error code and message are kept.
 */
export function loggableError(error: unknown): LoggableError {
  if (error instanceof DrizzleQueryError) {
    return {
      type: 'DrizzleQueryError',
      message: `Failed query: ${error.query}`,
      ...(error.stack ? { stack: error.stack.replace(/^[\s\S]*?\n(?=\s+at )/, '') } : {}),
      ...(error.cause === undefined ? {} : { cause: loggableError(error.cause) }),
    };
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return {
      type: error.name,
      message: error.message,
      ...(error.stack ? { stack: error.stack } : {}),
      ...(typeof code === 'string' ? { code } : {}),
    };
  }
  return { type: typeof error, message: String(error) };
}
