/**
 * Expected failures carry a code that callers branch on; the message is safe to show a person.
 * Anything that is not an AppError is a bug: it is logged and the public sees a generic page.
 */
export type AppErrorCode =
  | 'DATABASE_LOCKED'
  | 'DATABASE_OPENED_DURING_BUILD'
  | 'INVALID_SETTINGS'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'INVALID_INPUT'
  | 'BACKUP_FAILED';

export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

/** One address sent as many submissions as a window allows. */
export class RateLimitError extends AppError {
  readonly window: 'hour' | 'day';

  constructor(window: 'hour' | 'day') {
    super('RATE_LIMITED', `The limit of submissions from one address per ${window} was reached.`);
    this.name = 'RateLimitError';
    this.window = window;
  }
}
