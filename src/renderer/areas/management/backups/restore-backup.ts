import type { BackupInfo } from '../../../../shared/contract';
import { restoreInput } from '../../../../shared/contract/backups';
import { api } from '../../../api/bridge';
import { run } from '../../../api/call';
import { dropCachedData } from '../../../api/query-client';
import { validateWith } from '../../../components/forms';
import { backupTime } from './backup-format';
import { setRestoreNotice } from './restore-notice';

export type RestoreMethod = 'passphrase' | 'recoveryKey';

export interface RestoreFormValues {
  method: RestoreMethod;
  username: string;
  passphrase: string;
  recoveryKey: string;
}

const [withPassphrase, withRecoveryKey] = restoreInput.options;
const checkPassphrase = validateWith(withPassphrase);
const checkRecoveryKey = validateWith(withRecoveryKey);

/** The channel's input for the method chosen (only that method's secret is sent). */
export function restoreRequest(backupId: string, values: RestoreFormValues) {
  return values.method === 'passphrase'
    ? { backupId, username: values.username, passphrase: values.passphrase }
    : { backupId, username: values.username, recoveryKey: values.recoveryKey };
}

/**
 * The same rules as the core, checked against the branch of the contract's union that was chosen
 * (a union's own errors name no field, so each branch is checked on its own).
 */
export function validateRestore(backupId: string, values: RestoreFormValues): Record<string, string> {
  const input = restoreRequest(backupId, values);
  const errors = values.method === 'passphrase' ? checkPassphrase(input) : checkRecoveryKey(input);
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, String(v)]));
}

/**
 * Restore, then leave the sign-in screen a notice. The core locks before it swaps the files, so
 * when this is called from inside the app the app (and the modal that called it) may already be
 * gone by the time the answer comes: nothing here depends on a screen still being there.
 */
export async function restoreBackup(backup: BackupInfo, values: RestoreFormValues): Promise<void> {
  const restored = await run(api().backups.restore(restoreRequest(backup.id, values)));
  dropCachedData();
  const when = backupTime({ ...backup, createdAt: restored.createdAt || backup.createdAt });
  setRestoreNotice({
    backupTime: when,
    // A no-break space keeps the date and time together in the narrow sign-in card.
    message: `Waymark is back to how it was at ${when.replace(' ', '\u00a0')}. Anything saved after then is not in it; the files it replaced are kept in the data folder for IT. Sign in with the passphrase you had at that time.`,
  });
}
