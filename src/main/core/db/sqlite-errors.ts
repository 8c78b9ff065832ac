import { CoreError } from '../../../shared/errors';

const DAMAGE_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_IOERR_DATA']);

/** True when SQLite says the file is not readable as our database (damaged, or not ours). */
export function isDamageError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (DAMAGE_CODES.has(code) || code.startsWith('SQLITE_CORRUPT'));
}

export const damagedError = () =>
  new CoreError(
    'DAMAGED',
    'The database is damaged and cannot be opened safely. Nothing has been changed. Restore it from a backup or contact IT.',
  );
