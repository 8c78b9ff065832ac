import type { Migration } from './migration';

/**
 * Lead mentors’ six-weekly support groups per cluster: attendance, themes and the concerns summary for the regional manager.
 */
const SCHEMA = `
`;

export const m014SupportGroups: Migration = {
  version: 14,
  name: 'support_groups',
  up(db) {
    db.exec(SCHEMA);
  },
};
