import type { BackupInfo } from '../../../../shared/contract';
import { formatDateTime } from '../../../components/dates';

/** Newest first. Backup ids are UTC timestamps, so they sort by time even without a manifest. */
export function newestFirst(backups: readonly BackupInfo[]): BackupInfo[] {
  return [...backups].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** "23/11/2026 14:05", or words when the backup's own record of its time is missing. */
export const backupTime = (backup: BackupInfo): string =>
  backup.createdAt ? formatDateTime(backup.createdAt) : 'an unknown time';

/** "12.4 MB": megabytes (1,000,000 bytes), one decimal place, never a bare "0.0". */
export function formatSize(bytes: number): string {
  const mb = bytes / 1_000_000;
  if (mb > 0 && mb < 0.1) return 'under 0.1 MB';
  return `${mb.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}
