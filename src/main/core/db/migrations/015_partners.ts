import type { Migration } from './migration';

/**
 * Partner agencies, link workers, protocols and service agreements with review dates, and liaison contacts.
 */
const SCHEMA = `
`;

export const m015Partners: Migration = {
  version: 15,
  name: 'partners',
  up(db) {
    db.exec(SCHEMA);
  },
};
