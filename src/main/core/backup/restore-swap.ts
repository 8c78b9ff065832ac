import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../vault/atomic-file';
import type { VaultPaths } from '../vault/paths';
import { BACKUP_DB, BACKUP_VAULT } from './backup-folder';
import { writeRestoreNote, type RestoreNote } from './restore-note';
import { fsyncPath } from '../db/fsync';

/**
 * Swapping a backup in, so that a crash at any point leaves the old state or the new one:
 *  1. copy the backup's database and vault file beside the live ones (`.restoring`), fsync;
 *  2. write `restore-journal.json` (from here on the restore is committed);
 *  3. move the live files aside into `damaged/` or `replaced/` (never deleted);
 *  4. rename the copies into place; 5. write the restore note (restore-note.ts), remove the journal.
 * At start-up `finishInterruptedRestore` completes steps 3–5 if a journal is found, and removes
 * stray copies from a restore that stopped before step 2.
 */
const STAGED = '.restoring';
const journalPath = (paths: VaultPaths) => join(paths.dir, 'restore-journal.json');
const LIVE_SUFFIXES = ['', '-wal', '-shm'];

interface Journal {
  aside: string;
  note: RestoreNote;
}

export function swapInRestore(paths: VaultPaths, backupFolder: string, journal: Journal): void {
  for (const [from, to] of [
    [join(backupFolder, BACKUP_DB), `${paths.database}${STAGED}`],
    [join(backupFolder, BACKUP_VAULT), `${paths.header}${STAGED}`],
  ] as const) {
    copyFileSync(from, to);
    fsyncPath(to);
  }
  writeFileAtomic(journalPath(paths), `${JSON.stringify(journal)}\n`);
  completeSwap(paths, journal);
}

function completeSwap(paths: VaultPaths, { aside: asideFolder, note }: Journal): void {
  mkdirSync(asideFolder, { recursive: true, mode: 0o700 });
  // Only move aside what is live: once a staged copy has been renamed in, it is the new state.
  if (existsSync(`${paths.database}${STAGED}`)) {
    for (const suffix of LIVE_SUFFIXES) {
      const live = `${paths.database}${suffix}`;
      if (existsSync(live)) renameSync(live, join(asideFolder, `waymark.db${suffix}`));
    }
    renameSync(`${paths.database}${STAGED}`, paths.database);
  }
  if (existsSync(`${paths.header}${STAGED}`)) {
    if (existsSync(paths.header)) renameSync(paths.header, join(asideFolder, 'vault.json'));
    // The anchor belongs with the vault file it was written beside: the restored one starts afresh.
    if (existsSync(paths.anchor)) renameSync(paths.anchor, join(asideFolder, 'anchor.bin'));
    renameSync(`${paths.header}${STAGED}`, paths.header);
  }
  fsyncPath(paths.dir);
  writeRestoreNote(paths.dir, note);
  rmSync(journalPath(paths), { force: true });
}

/** Called when the core starts, before anything opens the database. */
export function finishInterruptedRestore(paths: VaultPaths): void {
  if (existsSync(journalPath(paths))) {
    let journal: Journal;
    try {
      journal = JSON.parse(readFileSync(journalPath(paths), 'utf8')) as Journal;
    } catch {
      // The journal is written atomically, so this is damage from outside: still finish the swap.
      journal = {
        aside: join(paths.dir, 'damaged', 'interrupted-restore'),
        note: { at: new Date().toISOString(), backupId: 'unknown', username: 'unknown' },
      };
    }
    completeSwap(paths, journal);
    return;
  }
  for (const staged of [`${paths.database}${STAGED}`, `${paths.header}${STAGED}`])
    rmSync(staged, { force: true });
}
