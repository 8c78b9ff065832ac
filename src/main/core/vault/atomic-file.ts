import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { fsyncPath } from '../db/fsync';

/**
 * Write a small file so that a crash leaves either the old or the new contents, never a mix:
 * write a temporary sibling, fsync it, rename over the target, fsync the folder.
 */
export function writeFileAtomic(path: string, contents: string): void {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, contents);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  fsyncPath(dirname(path));
}
