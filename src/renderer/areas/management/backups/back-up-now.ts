import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../../api/api-error';
import { notifySaved } from '../../../components/notify';
import { backupTime } from './backup-format';
import { useBackups, useCreateBackup } from './backups.queries';

/** The newest backup before asking: a different newest one means this backup is done. */
interface Waiting {
  before: string | undefined;
}

/**
 * Idle for this long since asking (or since the worker was last busy, e.g. finishing its
 * integrity check first) with no new backup: the backup did not happen.
 */
const NEVER_STARTED_MS = 5000;

/**
 * The backups list with "Back up now": asks the core, then follows the list (asked for every
 * second meanwhile) until a new backup appears or the worker goes idle without one.
 */
export function useBackUpNow() {
  const create = useCreateBackup();
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  // Kept in a ref: updating it on every poll must not re-run the effect that reads it.
  const progress = useRef({ sawBackingUp: false, lastBusy: 0 });
  const backups = useBackups({ watching: waiting !== null });
  const list = backups.data;
  const [problem, setProblem] = useState<string | null>(null);

  // Runs on every answer (dataUpdatedAt), not only on changed ones: an unchanged list still counts.
  useEffect(() => {
    if (!waiting || !list) return;
    const now = Date.now();
    if (list.activity !== 'idle') {
      if (list.activity === 'backing-up') progress.current.sawBackingUp = true;
      progress.current.lastBusy = now;
      return;
    }
    const newest = list.backups[0];
    if (newest && newest.id !== waiting.before) {
      setWaiting(null);
      notifySaved('Backup finished', `A verified backup was taken at ${backupTime(newest)}.`);
    } else if (progress.current.sawBackingUp || now - progress.current.lastBusy > NEVER_STARTED_MS) {
      setWaiting(null);
      setProblem(
        'The backup did not finish. Check there is space on the disk, try again, and if it keeps failing tell IT.',
      );
    }
  }, [list, waiting, backups.dataUpdatedAt]);

  const start = async () => {
    setProblem(null);
    const before = list?.backups[0]?.id;
    try {
      await create.mutateAsync();
      progress.current = { sawBackingUp: false, lastBusy: Date.now() };
      setWaiting({ before });
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return {
    backups,
    start,
    running: create.isPending || waiting !== null || list?.activity === 'backing-up',
    problem,
  };
}
