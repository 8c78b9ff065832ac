import { col, defineTable } from '../db/table';
import { CASEWORK, CRIMINAL, MATCH_RETENTION } from '../matches/match.tables';

export const incidentTable = defineTable('incident', {
  purpose:
    'Incidents and difficult situations in a relationship (no-shows, under the influence, boundaries, over-involvement, health and safety): severity, actions, follow-up and closure.',
  lawfulBasis: CASEWORK,
  specialCondition: CRIMINAL,
  retention: MATCH_RETENTION,
  columns: {
    id: col.id('contact'),
    matchId: col.text('contact', { nullable: true }),
    mentorId: col.text('contact', { nullable: true }),
    menteeId: col.text('contact', { nullable: true }),
    kind: col.text('contact'),
    /** Counted for standard 14 (boundaries). */
    isBoundary: col.boolean('contact'),
    occurredOn: col.text('contact'),
    severity: col.text('contact'),
    description: col.text('special'),
    actions: col.text('special'),
    followUp: col.text('contact'),
    followUpDue: col.text('contact', { nullable: true }),
    closedOn: col.text('contact', { nullable: true }),
    closureNote: col.text('contact'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});
