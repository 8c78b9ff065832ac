import type { AnyHandler } from './ipc/handler.types';
import { vaultHandlers } from './vault/vault.handlers';
import { accountsHandlers } from './accounts/accounts.handlers';
import { auditHandlers } from './audit/audit.handlers';
import { settingsHandlers } from './settings/settings.handlers';
import { backupsHandlers } from './backup/backups.handlers';
import { jobsHandlers } from './jobs/jobs.handlers';

/** Every channel's implementation, by channel name. A test proves this matches the contract. */
export const ALL_HANDLERS: ReadonlyMap<string, AnyHandler> = new Map([
  ...vaultHandlers,
  ...accountsHandlers,
  ...auditHandlers,
  ...settingsHandlers,
  ...backupsHandlers,
  ...jobsHandlers,
]);
