import { closeSync, fsyncSync, openSync } from 'node:fs';

/**
 * Flush a file (or a folder, after a rename in it) to disk. Windows cannot open a folder to fsync
 * it; NTFS journals renames, so there the folder step is skipped quietly.
 */
export function fsyncPath(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // See above: a folder on Windows.
  }
}
