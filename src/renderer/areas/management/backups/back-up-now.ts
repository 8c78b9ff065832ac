import { useEffect, useState } from 'react';
import { errorMessage } from '../../../api/api-error';
import { notifySaved } from '../../../components/notify';
import { backupTime } from './backup-format';
import { useBackups, useCreateBackup } from './backups.queries';

interface Waiting {
  /** The newest backup before asking: a different newest one means this backup is done. */
  before: string | undefined;
  since: number;
  sawBusy: boolean;
}

/** A backup that never shows as started within this long is treated as not having happened. */
const NEVER_STARTED_MS = 5000;

/**
 * The backups list with "Back up now": asks the core, then follows the list (asked for every
 * second meanwhile) until a new backup appears or the worker goes idle without one.
 */
export function useBackUpNow() {
  const create = useCreateBackup();
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  const backups = useBackups({ watching: waiting !== null });
  const list = backups.data;
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!waiting || !list) return;
    if (list.activity !== 'idle') {
      if (!waiting.sawBusy) setWaiting({ ...waiting, sawBusy: true });
      return;
    }
    const newest = list.backups[0];
    if (newest && newest.id !== waiting.before) {
      setWaiting(null);
      notifySaved('Backup finished', `A verified backup was taken at ${backupTime(newest)}.`);
    } else if (waiting.sawBusy || Date.now() - waiting.since > NEVER_STARTED_MS) {
      setWaiting(null);
      setProblem(
        'The backup did not finish. Check there is space on the disk, try again, and if it keeps failing tell IT.',
      );
    }
  }, [list, waiting]);

  const start = async () => {
    setProblem(null);
    const before = list?.backups[0]?.id;
    try {
      await create.mutateAsync();
      setWaiting({ before, since: Date.now(), sawBusy: false });
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
