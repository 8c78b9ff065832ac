import { col, defineTable } from '../db/table';

const BASIS =
  'UK GDPR Art. 6(1)(e) public task / 6(1)(f) legitimate interests: learning from the people the service works with and involving them in running it.';
const RETENTION =
  'Six years after it was received (three years of trends for reports, then the funders’ audit window), then deleted; anonymous feedback and published actions may be kept as the programme’s history.';

export const feedbackTable = defineTable('feedback', {
  purpose:
    'Feedback from mentees, mentors, carers, partners and others: how it was gathered, a rating, what went well and could be better, and themes (standard 26).',
  lawfulBasis: BASIS,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    id: col.id('directory'),
    receivedOn: col.text('contact'),
    fromKind: col.text('contact'),
    method: col.text('contact'),
    anonymous: col.boolean('contact'),
    rating: col.integer('contact', { nullable: true }),
    wentWell: col.text('contact'),
    couldBeBetter: col.text('contact'),
    comments: col.text('contact'),
    /** The programme's theme words as a JSON list (repeated in `feedback_theme` for counting). */
    themes: col.text('contact'),
    menteeId: col.text('directory', { nullable: true }),
    mentorId: col.text('directory', { nullable: true }),
    matchId: col.text('directory', { nullable: true }),
    partnerId: col.text('directory', { nullable: true }),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const feedbackThemeTable = defineTable('feedback_theme', {
  purpose: 'Each piece of feedback’s themes, one row each, so themes are filtered and counted by index.',
  lawfulBasis: BASIS,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    feedbackId: col.text('directory', { primary: true }),
    theme: col.text('contact', { primary: true }),
    receivedOn: col.text('contact'),
  },
});

export const feedbackActionTable = defineTable('feedback_action', {
  purpose:
    '“You said, we did”: what people said, what the programme will do or did about it, its owner, dates and whether it was published.',
  lawfulBasis: BASIS,
  specialCondition: null,
  retention: 'For the life of the installation: the programme’s record of how it changed; no personal data.',
  columns: {
    id: col.id('reference'),
    youSaid: col.text('contact'),
    weDid: col.text('contact'),
    owner: col.text('contact'),
    targetOn: col.text('contact', { nullable: true }),
    status: col.text('contact'),
    doneOn: col.text('contact', { nullable: true }),
    published: col.boolean('contact'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const feedbackActionLinkTable = defineTable('feedback_action_link', {
  purpose: 'Which pieces of feedback a “you said, we did” action answers.',
  lawfulBasis: BASIS,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    actionId: col.text('reference', { primary: true }),
    feedbackId: col.text('directory', { primary: true }),
  },
});

export const involvementTable = defineTable('service_user_involvement', {
  purpose:
    'Former mentees involved in running the service: became mentors, steering group, recruitment panels, training, events, case studies, peer support (standard 30).',
  lawfulBasis: BASIS,
  specialCondition: null,
  retention: 'Six years after the involvement ends, then deleted with the mentee’s record.',
  columns: {
    id: col.id('directory'),
    menteeId: col.text('directory'),
    kind: col.text('contact'),
    mentorId: col.text('directory', { nullable: true }),
    role: col.text('contact'),
    fromOn: col.text('contact'),
    toOn: col.text('contact', { nullable: true }),
    notes: col.text('contact'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const FEEDBACK_TABLES = [
  feedbackTable,
  feedbackThemeTable,
  feedbackActionTable,
  feedbackActionLinkTable,
  involvementTable,
];
