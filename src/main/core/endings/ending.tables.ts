import { col, defineTable } from '../db/table';
import { CASEWORK, MATCH_RETENTION } from '../matches/match.tables';

export const matchEndingTable = defineTable('match_ending', {
  purpose:
    'How a match ended: planned or not, why, when, and whether the two stay in touch informally beyond the service.',
  lawfulBasis: CASEWORK,
  specialCondition: null,
  retention: MATCH_RETENTION,
  columns: {
    matchId: col.id('contact'),
    kind: col.text('contact'),
    reason: col.text('contact'),
    endedOn: col.text('contact'),
    continuesInformally: col.boolean('contact'),
    notes: col.text('contact'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});

export const exitInterviewTable = defineTable('exit_interview', {
  purpose: 'Structured exit interviews with the mentor and the mentee when a match ends.',
  lawfulBasis: CASEWORK,
  specialCondition: null,
  retention: MATCH_RETENTION,
  columns: {
    id: col.id('contact'),
    matchId: col.text('contact'),
    party: col.text('contact'),
    heldOn: col.text('contact'),
    /** JSON: { questionKey: answer }. */
    answers: col.text('contact'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});
