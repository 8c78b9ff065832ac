import type { Result } from '../../shared/errors';
import { ApiError } from './api-error';

type FailureListener = (error: ApiError) => void;
const listeners = new Set<FailureListener>();

/**
 * Listen to every failed call (the session uses this to react to LOCKED and
 * PASSPHRASE_CHANGE_REQUIRED wherever they come from).
 */
export function onCallFailure(listener: FailureListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Unwrap a channel result: the value, or an ApiError thrown after the failure listeners run. */
export async function run<T>(pending: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await pending;
  } catch {
    // The bridge itself failed (a process went away). Never show the raw message.
    result = {
      ok: false,
      error: { code: 'INTERNAL', message: 'Waymark could not reach its data service. Restart the app.' },
    };
  }
  if (result.ok) return result.value;
  const error = new ApiError(result.error);
  for (const listener of listeners) listener(error);
  throw error;
}
