import { col, defineTable, type RowOf } from '../db/table';

const VETTING =
  'UK GDPR Art. 6(1)(c) legal obligation and 6(1)(e) public task: a duty to screen people who work with vulnerable adults and children.';
const ARTICLE_10 =
  'Criminal offence data (Art. 10): DPA 2018 Sch. 1 para. 18 (safeguarding of children and individuals at risk), under an appropriate policy document.';
const RETENTION =
  'While the person volunteers and 6 years after they leave; a DBS certificate’s content is not kept beyond the decision it informed (number, date and outcome only are needed).';

export const mentorReferenceTable = defineTable('mentor_reference', {
  purpose: 'The two references each mentor needs: who gave them, when, and whether they were satisfactory.',
  lawfulBasis: VETTING,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    id: col.id('vetting'),
    mentorId: col.text('vetting'),
    refereeName: col.text('vetting'),
    relationship: col.text('vetting'),
    refereeContact: col.text('vetting'),
    requestedOn: col.text('vetting', { nullable: true }),
    chasedOn: col.text('vetting', { nullable: true }),
    receivedOn: col.text('vetting', { nullable: true }),
    satisfactory: col.boolean('vetting', { nullable: true }),
    concerns: col.text('vetting'),
    howAddressed: col.text('vetting'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const mentorDbsCheckTable = defineTable('mentor_dbs_check', {
  purpose: 'Enhanced DBS checks: certificate, dates, renewal, and the decision on anything disclosed.',
  lawfulBasis: VETTING,
  specialCondition: ARTICLE_10,
  retention: RETENTION,
  columns: {
    id: col.id('vetting'),
    mentorId: col.text('vetting'),
    certificateNumber: col.text('vetting'),
    issueDate: col.text('vetting', { nullable: true }),
    updateService: col.boolean('vetting'),
    renewalDue: col.text('vetting', { nullable: true }),
    outcome: col.text('vetting'),
    declaredConvictions: col.text('vetting'),
    disclosedInformation: col.text('vetting'),
    decision: col.text('vetting', { nullable: true }),
    decisionReasons: col.text('vetting'),
    decidedOn: col.text('vetting', { nullable: true }),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const mentorInterviewTable = defineTable('mentor_interview', {
  purpose: 'The standardised interview: when, who sat on the panel, the questions covered and the outcome.',
  lawfulBasis: VETTING,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    id: col.id('vetting'),
    mentorId: col.text('vetting'),
    heldOn: col.text('vetting'),
    panel: col.text('vetting'),
    /** JSON: [{ question, covered, notes }]. */
    answers: col.text('vetting'),
    outcome: col.text('vetting'),
    notes: col.text('vetting'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const mentorDecisionTable = defineTable('mentor_decision', {
  purpose:
    'The selection decision: approved (perhaps with a trial period) or not selected with reasons, feedback and signposting.',
  lawfulBasis: VETTING,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    id: col.id('vetting'),
    mentorId: col.text('vetting'),
    outcome: col.text('vetting'),
    decidedOn: col.text('vetting'),
    trialPeriod: col.boolean('vetting'),
    trialReviewDue: col.text('vetting', { nullable: true }),
    reasons: col.text('vetting'),
    feedbackGivenOn: col.text('vetting', { nullable: true }),
    signposting: col.text('vetting'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const mentorClearanceTable = defineTable('mentor_clearance', {
  purpose:
    'Prison security clearance for each mentor at each establishment: paperwork, ID seen, security awareness session, status and expiry.',
  lawfulBasis: VETTING,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    // Directory: lead mentors follow and record these paperwork steps for their cluster.
    id: col.id('directory'),
    mentorId: col.text('directory'),
    establishmentId: col.text('directory'),
    formsSubmittedOn: col.text('directory', { nullable: true }),
    formsCheckedBy: col.text('directory'),
    idSeenOn: col.text('directory', { nullable: true }),
    securityAwarenessOn: col.text('directory', { nullable: true }),
    status: col.text('directory'),
    clearedOn: col.text('directory', { nullable: true }),
    expiresOn: col.text('directory', { nullable: true }),
    notes: col.text('directory'),
    updatedBy: col.text('system'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const mentorEqualityTable = defineTable('mentor_equality', {
  purpose:
    'Equality monitoring answers, kept apart from the record: individual answers for co-ordinators, aggregates (small numbers hidden) for everyone else.',
  lawfulBasis:
    'UK GDPR Art. 6(1)(e) public task / 6(1)(f) legitimate interests: equal opportunities in recruitment.',
  specialCondition:
    'Art. 9(2)(g) with DPA 2018 Sch. 1 para. 8 (equality of opportunity or treatment), under an appropriate policy document.',
  retention: 'While the person volunteers; then only in aggregate figures.',
  columns: {
    mentorId: col.id('equality'),
    ageBand: col.text('equality'),
    gender: col.text('equality'),
    ethnicity: col.text('equality'),
    disability: col.text('equality'),
    religion: col.text('equality', { nullable: true }),
    sexualOrientation: col.text('equality', { nullable: true }),
    recordedOn: col.text('equality'),
    updatedAt: col.text('system'),
  },
});
export type MentorEqualityDbRow = RowOf<typeof mentorEqualityTable.columns>;

const PROGRAMME_LIST = {
  lawfulBasis: 'UK GDPR Art. 6(1)(f) legitimate interests: running the mentoring service.',
  specialCondition: null,
  retention: 'For the life of the installation; not personal data.',
} as const;

export const personSpecCriterionTable = defineTable('person_spec_criterion', {
  ...PROGRAMME_LIST,
  purpose:
    'The person specification (standard 8): qualities sought in mentors and reasons for screening out.',
  columns: {
    id: col.id('reference'),
    kind: col.text('reference'),
    text: col.text('reference'),
    sortOrder: col.integer('reference'),
    archived: col.boolean('reference'),
  },
});

export const interviewQuestionTable = defineTable('interview_question', {
  ...PROGRAMME_LIST,
  purpose: 'The standardised interview questions every applicant is asked.',
  columns: {
    id: col.id('reference'),
    text: col.text('reference'),
    sortOrder: col.integer('reference'),
    archived: col.boolean('reference'),
  },
});
