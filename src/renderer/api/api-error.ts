import type { AppError, ErrorCode } from '../../shared/errors';

/** A failed channel call, thrown inside the renderer so TanStack Query and forms can handle it. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: Record<string, string>;
  readonly retryAfterSeconds: number | undefined;
  /** For GATE_NOT_MET: every condition not yet met, in plain English. */
  readonly unmet: readonly string[];

  constructor(error: AppError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.fieldErrors = error.fieldErrors ?? {};
    this.retryAfterSeconds = error.retryAfterSeconds;
    this.unmet = error.unmet ?? [];
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;

/** A plain-English message for anything thrown, without leaking internals. */
export function errorMessage(e: unknown): string {
  if (isApiError(e)) return e.message;
  return 'Something went wrong. Try again, and if it keeps happening tell your administrator.';
}
