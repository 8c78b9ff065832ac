import type { Migration } from './migration';

/**
 * Individual supervision, group supervision sessions scheduled for the year with attendance and apologies, and the telephone support log (helper A fills this in).
 */
const SCHEMA = `
`;

export const m013Supervision: Migration = {
  version: 13,
  name: 'supervision',
  up(db) {
    db.exec(SCHEMA);
  },
};
