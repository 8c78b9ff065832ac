import { col, defineTable } from '../db/table';

const RUNNING =
  'UK GDPR Art. 6(1)(e) public task / 6(1)(f) legitimate interests: preparing and developing volunteer mentors.';
const VOLUNTEER_RETENTION = 'While the person volunteers and 6 years after they leave.';

export const trainingCourseTable = defineTable('training_course', {
  purpose: 'Training courses for mentors, initial and ongoing, with their topics.',
  lawfulBasis: RUNNING,
  specialCondition: null,
  retention: 'For the life of the installation; not personal data.',
  columns: {
    id: col.id('reference'),
    title: col.text('reference'),
    kind: col.text('reference'),
    /** JSON array of topic titles. */
    topics: col.text('reference'),
    description: col.text('reference'),
    archived: col.boolean('reference'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const trainingSessionTable = defineTable('training_session', {
  purpose: 'Dated training sessions: hours, venue, trainers, capacity and when they were announced.',
  lawfulBasis: RUNNING,
  specialCondition: null,
  retention: 'For the life of the installation; names only trainers (staff) in their work role.',
  columns: {
    id: col.id('reference'),
    courseId: col.text('reference'),
    heldOn: col.text('reference'),
    startTime: col.text('reference'),
    hours: col.real('reference'),
    venue: col.text('reference'),
    trainers: col.text('reference'),
    capacity: col.integer('reference'),
    announcedOn: col.text('reference', { nullable: true }),
    cancelled: col.boolean('reference'),
    notes: col.text('reference'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const trainingAttendanceTable = defineTable('training_attendance', {
  purpose: 'Who was invited to each session, who came and for how many hours, and what trainers observed.',
  lawfulBasis: RUNNING,
  specialCondition: null,
  retention: VOLUNTEER_RETENTION,
  columns: {
    // Directory: training status is what lead mentors follow for their cluster.
    id: col.id('directory'),
    sessionId: col.text('directory'),
    mentorId: col.text('directory'),
    status: col.text('directory'),
    hoursAttended: col.real('directory', { nullable: true }),
    /** Observations from training used in selection (the manual): screening, co-ordinators only. */
    observations: col.text('vetting'),
    invitedOn: col.text('directory'),
    updatedBy: col.text('system'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const trainingWaitingTable = defineTable('training_waiting', {
  purpose: 'People who could not attend a course’s dates, waiting for the next session.',
  lawfulBasis: RUNNING,
  specialCondition: null,
  retention: VOLUNTEER_RETENTION,
  columns: {
    id: col.id('directory'),
    courseId: col.text('directory'),
    mentorId: col.text('directory'),
    addedOn: col.text('directory'),
    reason: col.text('contact'),
    placedSessionId: col.text('directory', { nullable: true }),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const trainingEvaluationTable = defineTable('training_evaluation', {
  purpose: 'What participants thought of each session (rating and comments), to improve the training.',
  lawfulBasis: RUNNING,
  specialCondition: null,
  retention: VOLUNTEER_RETENTION,
  columns: {
    id: col.id('directory'),
    sessionId: col.text('directory'),
    /** Null when the evaluation was given anonymously. */
    mentorId: col.text('directory', { nullable: true }),
    rating: col.integer('directory'),
    comments: col.text('directory'),
    createdAt: col.text('system'),
  },
});

export const TRAINING_TABLES = [
  trainingCourseTable,
  trainingSessionTable,
  trainingAttendanceTable,
  trainingWaitingTable,
  trainingEvaluationTable,
];
