import { col, defineTable } from '../db/table';

export const draftTable = defineTable('draft', {
  purpose:
    'What a staff member has typed into a long form but not yet saved, so a lock, crash or closed window loses nothing. Only its author can read it.',
  lawfulBasis: 'As for the record the form is about (the draft holds the same data before it is saved).',
  specialCondition: 'As for the record the form is about; drafts are never shared or exported.',
  retention: 'Deleted when the form is saved or discarded, and after 30 days in any case.',
  columns: {
    accountId: col.text('system', { primary: true }),
    channel: col.text('system', { primary: true }),
    key: col.text('system', { primary: true }),
    /** JSON of the form's values as typed. */
    data: col.text('system'),
    savedAt: col.text('system'),
  },
});
