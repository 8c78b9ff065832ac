import type { Migration } from './migration';

/**
 * Complaints with their timescales, and safeguarding concerns and disclosures (the safeguarding class).
 */
const SCHEMA = `
`;

export const m018ComplaintsSafeguarding: Migration = {
  version: 18,
  name: 'complaints_safeguarding',
  up(db) {
    db.exec(SCHEMA);
  },
};
