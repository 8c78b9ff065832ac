import { col, defineTable } from '../db/table';

export const menteeContactTable = defineTable('mentee_contact', {
  purpose:
    'Staff contact with a mentee, their carers and agencies: date, method, what it was about, outcome.',
  lawfulBasis:
    'UK GDPR Art. 6(1)(e) public task / 6(1)(f) legitimate interests: resettlement mentoring of people in custody and after release.',
  specialCondition: null,
  retention: 'Six years after the mentoring ends (or the referral closes without a match), then deleted.',
  columns: {
    id: col.id('contact'),
    menteeId: col.text('contact'),
    onDate: col.text('contact'),
    withWhom: col.text('contact'),
    method: col.text('contact'),
    nature: col.text('contact'),
    outcome: col.text('contact'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});
