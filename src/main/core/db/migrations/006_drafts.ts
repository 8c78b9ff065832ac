import { sqlStep, type Migration } from './migration';

/** Autosaved drafts of long forms, one per person, form and record. */
export const m006Drafts: Migration = {
  version: 6,
  name: 'drafts',
  up: sqlStep(`
    CREATE TABLE draft (
      account_id TEXT NOT NULL,
      channel TEXT NOT NULL,
      key TEXT NOT NULL,
      data TEXT NOT NULL,
      saved_at TEXT NOT NULL,
      PRIMARY KEY (account_id, channel, key)
    );
  `),
};
