import { col, defineTable } from '../db/table';

export const complaintTable = defineTable('complaint', {
  purpose:
    'Complaints about the service, its mentors, staff or partners: who complained, what about, acknowledgement, investigation, outcome, response and lessons learned (standard 25).',
  lawfulBasis:
    'UK GDPR Art. 6(1)(c) legal obligation and 6(1)(f) legitimate interests: handling complaints fairly and learning from them.',
  specialCondition:
    'A complaint may describe health or offending: Art. 9(2)(g) with DPA 2018 Sch. 1 para. 6, and Art. 10 with Sch. 1 para. 10, under an appropriate policy document.',
  retention: 'Six years after the complaint is closed, then deleted.',
  columns: {
    id: col.id('directory'),
    reference: col.text('directory', { unique: true }),
    complainantKind: col.text('directory'),
    complainantName: col.text('contact'),
    complainantContact: col.text('contact'),
    aboutKind: col.text('directory'),
    aboutDetail: col.text('special'),
    mentorId: col.text('contact', { nullable: true }),
    menteeId: col.text('contact', { nullable: true }),
    matchId: col.text('contact', { nullable: true }),
    receivedOn: col.text('directory'),
    receivedBy: col.text('directory'),
    summary: col.text('special'),
    acknowledgedOn: col.text('directory', { nullable: true }),
    investigatedBy: col.text('contact'),
    investigationNotes: col.text('special'),
    outcome: col.text('directory', { nullable: true }),
    respondedOn: col.text('directory', { nullable: true }),
    lessonsLearned: col.text('special'),
    /** Kept with the outcome (see shared/complaints complaintStatus) for the open-complaints index. */
    closed: col.boolean('directory'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});
