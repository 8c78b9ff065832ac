import type { Migration } from './migration';

/**
 * Feedback from mentees, mentors, carers and partners, “you said, we did” actions, and service-user involvement.
 */
const SCHEMA = `
`;

export const m019Feedback: Migration = {
  version: 19,
  name: 'feedback',
  up(db) {
    db.exec(SCHEMA);
  },
};
