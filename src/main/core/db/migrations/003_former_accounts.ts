import { sqlStep, type Migration } from './migration';

/**
 * Removed staff accounts keep their name for the audit log: without it, a removed person's rows
 * would show only an id, and nobody could tell who did what. Nothing else about them is kept.
 */
export const m003FormerAccounts: Migration = {
  version: 3,
  name: 'former-accounts',
  up: sqlStep(`
    CREATE TABLE former_account (
      id TEXT PRIMARY KEY NOT NULL,
      username TEXT NOT NULL,
      display_name TEXT NOT NULL,
      removed_at TEXT NOT NULL
    );
  `),
};
