import { col, defineTable } from '../db/table';

const RUNNING =
  'UK GDPR Art. 6(1)(e) public task / 6(1)(f) legitimate interests: supporting volunteer mentors through their lead mentor.';
const RETENTION = 'Six years after the meeting, then deleted.';

export const supportGroupMeetingTable = defineTable('support_group_meeting', {
  purpose:
    'A cluster’s lead mentor support group: when and where it met, the themes discussed, notes, and a summary of concerns for the regional manager that names nobody.',
  lawfulBasis: RUNNING,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    id: col.id('reference'),
    clusterId: col.text('reference'),
    heldOn: col.text('reference'),
    venue: col.text('contact'),
    /** JSON array of short theme labels. */
    themes: col.text('contact'),
    notes: col.text('contact'),
    /** Written to name nobody: the one part a regional manager reads. */
    concernsSummary: col.text('reference'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const supportGroupAttendanceTable = defineTable('support_group_attendance', {
  purpose: 'Which of the cluster’s mentors came to a support group, sent apologies or were absent.',
  lawfulBasis: RUNNING,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    id: col.id('contact'),
    meetingId: col.text('contact'),
    mentorId: col.text('contact'),
    status: col.text('contact'),
  },
});
