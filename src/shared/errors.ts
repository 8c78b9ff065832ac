/**
 * Error codes every channel may return. Nothing throws across a process boundary: failures travel
 * as `{ ok: false, error }` and the renderer shows `message`, which is always plain English and
 * never contains personal data.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'FORBIDDEN',
  'LOCKED',
  'NOT_FOUND',
  'CONFLICT',
  'GATE_NOT_MET',
  'NOT_SET_UP',
  'ALREADY_SET_UP',
  'BAD_CREDENTIALS',
  'THROTTLED',
  'PASSPHRASE_CHANGE_REQUIRED',
  'DAMAGED',
  'TAMPERED',
  'ROLLBACK',
  'TOO_NEW',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppError {
  code: ErrorCode;
  message: string;
  /** Field path (dot-separated) → plain-English problem, for VALIDATION. */
  fieldErrors?: Record<string, string>;
  /** For THROTTLED: seconds until another attempt is allowed. */
  retryAfterSeconds?: number;
  /** For GATE_NOT_MET: every condition not yet met, each a plain-English sentence. */
  unmet?: string[];
}

export type Failure = { ok: false; error: AppError };
export type Result<T> = { ok: true; value: T } | Failure;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, extra: Partial<AppError> = {}): Failure => ({
  ok: false,
  error: { code, message, ...extra },
});

/** Thrown inside the core to end a call with a specific code; the dispatcher turns it into a Result. */
export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Partial<AppError> = {},
  ) {
    super(message);
    this.name = 'CoreError';
  }
}
