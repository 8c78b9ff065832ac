import { col, defineTable } from '../db/table';

const SUPPORTING =
  'UK GDPR Art. 6(1)(e) public task / 6(1)(f) legitimate interests: supervising and supporting volunteer mentors.';
/** Supervision notes can touch a mentee's casework or a mentor's health. */
const SPECIAL =
  'Where notes touch health or offending: DPA 2018 Sch. 1 para. 18 (safeguarding of children and individuals at risk), under an appropriate policy document.';
const RETENTION = 'While the mentor volunteers and 6 years after they leave, with the mentor’s record.';

export const supervisionRecordTable = defineTable('supervision_record', {
  purpose:
    'Individual supervision of a mentor: when, by whom, the matches discussed, whether contact records were reviewed, concerns, training needs, personal issues, actions and the next date.',
  lawfulBasis: SUPPORTING,
  specialCondition: SPECIAL,
  retention: RETENTION,
  columns: {
    id: col.id('contact'),
    mentorId: col.text('contact'),
    heldOn: col.text('contact'),
    supervisorAccountId: col.text('system', { nullable: true }),
    supervisorName: col.text('contact'),
    kind: col.text('contact'),
    /** JSON array of match ids. */
    matchesDiscussed: col.text('contact'),
    contactsReviewed: col.boolean('contact'),
    contactsNote: col.text('special'),
    concerns: col.text('special'),
    trainingNeeds: col.text('special'),
    personalIssues: col.text('special'),
    actions: col.text('special'),
    nextOn: col.text('contact', { nullable: true }),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});

export const groupSupervisionSessionTable = defineTable('group_supervision_session', {
  purpose: 'The year’s group supervision dates: time, venue, who leads, published or cancelled, themes.',
  lawfulBasis: SUPPORTING,
  specialCondition: null,
  retention: 'Six years after the session.',
  columns: {
    id: col.id('reference'),
    heldOn: col.text('reference'),
    startsAt: col.text('reference'),
    venue: col.text('reference'),
    ledBy: col.text('contact'),
    status: col.text('reference'),
    /** JSON array of short theme labels. */
    themes: col.text('contact'),
    attendanceTaken: col.boolean('reference'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const groupSupervisionAttendanceTable = defineTable('group_supervision_attendance', {
  purpose: 'Which mentors attended a group supervision, sent apologies or did not attend.',
  lawfulBasis: SUPPORTING,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    id: col.id('contact'),
    sessionId: col.text('contact'),
    mentorId: col.text('contact'),
    status: col.text('contact'),
  },
});

export const supervisionCallTable = defineTable('supervision_call', {
  purpose:
    'Telephone support between sessions: who called whom, when, how long, the topic and any follow-up.',
  lawfulBasis: SUPPORTING,
  specialCondition: SPECIAL,
  retention: RETENTION,
  columns: {
    id: col.id('contact'),
    mentorId: col.text('contact'),
    calledOn: col.text('contact'),
    direction: col.text('contact'),
    staffName: col.text('contact'),
    minutes: col.integer('contact'),
    topic: col.text('special'),
    followUpNeeded: col.boolean('contact'),
    followUpNote: col.text('special'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});

export const mentorSupervisionTable = defineTable('mentor_supervision', {
  purpose:
    'Derived per mentor for the work queue: the last individual supervision and the group sessions missed in a row since.',
  lawfulBasis: SUPPORTING,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    mentorId: col.text('contact', { primary: true }),
    lastSupervisedOn: col.text('contact', { nullable: true }),
    missedStreak: col.integer('contact'),
    /** JSON array of the missed sessions' dates and whether each was apologies. */
    missedDates: col.text('contact'),
    updatedAt: col.text('system'),
  },
});
