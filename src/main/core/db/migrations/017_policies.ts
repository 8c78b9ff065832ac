import type { Migration } from './migration';

/**
 * The policies register (with the document attached), handbooks and leaflets, and insurance.
 */
const SCHEMA = `
`;

export const m017Policies: Migration = {
  version: 17,
  name: 'policies',
  up(db) {
    db.exec(SCHEMA);
  },
};
