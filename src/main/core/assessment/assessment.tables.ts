import { col, defineTable } from '../db/table';

const CASEWORK =
  'UK GDPR Art. 6(1)(e) public task / 6(1)(f) legitimate interests: assessing and preparing people for a mentor.';
const RETENTION =
  'Six years after the mentoring ends (or the referral closes without a match), then deleted.';

export const menteeCarerTable = defineTable('mentee_carer', {
  purpose:
    'Parents and carers of mentees under 18: how to reach them, their involvement, literature given, the key contact, and parental consent for those 16 and under.',
  lawfulBasis: CASEWORK,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    id: col.id('contact'),
    menteeId: col.text('contact'),
    name: col.text('contact'),
    relationship: col.text('contact'),
    phone: col.text('contact'),
    email: col.text('contact'),
    address: col.text('contact'),
    isKeyContact: col.boolean('contact'),
    involvement: col.text('contact'),
    literatureGivenOn: col.text('contact', { nullable: true }),
    parentalConsentOn: col.text('contact', { nullable: true }),
    parentalConsentForm: col.text('contact'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const menteeAssessmentTable = defineTable('mentee_assessment', {
  purpose:
    'The assessment meeting with a referred person, and the reasons and signposting when not selected.',
  lawfulBasis: CASEWORK,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    id: col.id('contact'),
    menteeId: col.text('contact'),
    heldOn: col.text('contact'),
    attendedBy: col.text('contact'),
    notes: col.text('contact'),
    outcome: col.text('contact'),
    notSelectedReasons: col.text('contact'),
    signposting: col.text('contact'),
    toldOn: col.text('contact', { nullable: true }),
    toldHow: col.text('contact'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const menteeRiskAssessmentTable = defineTable('mentee_risk_assessment', {
  purpose:
    'Risk assessments (the manual’s twelve questions, sources, overall level, safeguards for the mentor), kept as read-only versions once signed off.',
  lawfulBasis: CASEWORK,
  specialCondition:
    'Criminal offence data (Art. 10) and health (Art. 9(2)(g)): DPA 2018 Sch. 1 para. 10 and para. 18 (safeguarding of individuals at risk), under an appropriate policy document.',
  retention: RETENTION,
  columns: {
    id: col.id('criminal'),
    menteeId: col.text('criminal'),
    version: col.integer('criminal'),
    /** JSON: { [question key]: { answer: yes|no|unknown, notes } }. */
    answers: col.text('criminal'),
    sourceDocument: col.text('criminal', { nullable: true }),
    sourceReference: col.text('criminal'),
    sourceDated: col.text('criminal', { nullable: true }),
    overallLevel: col.text('criminal'),
    safeguards: col.text('criminal'),
    assessor: col.text('criminal'),
    assessedOn: col.text('criminal'),
    reviewDue: col.text('criminal'),
    signedOffOn: col.text('criminal', { nullable: true }),
    signedOffBy: col.text('criminal', { nullable: true }),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const menteeInductionTable = defineTable('mentee_induction', {
  purpose: 'The induction checklist: each item covered with a mentee, and when.',
  lawfulBasis: CASEWORK,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    menteeId: col.id('directory'),
    item: col.text('directory', { primary: true }),
    doneOn: col.text('directory'),
    recordedBy: col.text('system'),
  },
});

export const menteePreferenceTable = defineTable('mentee_preference', {
  purpose:
    'What a mentee would like in a mentor, flagged for a co-ordinator’s view where a preference could be prejudicial.',
  lawfulBasis: CASEWORK,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    menteeId: col.id('contact'),
    gender: col.text('contact'),
    ageRange: col.text('contact'),
    ethnicity: col.text('contact'),
    sharedInterests: col.text('contact'),
    other: col.text('contact'),
    needsReview: col.boolean('contact'),
    coordinatorView: col.text('contact'),
    updatedAt: col.text('system'),
  },
});

export const menteeNeedTable = defineTable('mentee_need', {
  purpose:
    'Resettlement needs on the seven pathways (including health and drugs and alcohol), each with a level.',
  lawfulBasis: CASEWORK,
  specialCondition:
    'Health data (Art. 9): Art. 9(2)(g) with DPA 2018 Sch. 1 para. 6 (statutory purposes) and para. 18 (safeguarding).',
  retention: RETENTION,
  columns: {
    menteeId: col.id('special'),
    pathway: col.text('special', { primary: true }),
    level: col.text('special'),
    notes: col.text('special'),
    updatedAt: col.text('system'),
  },
});

export const ASSESSMENT_TABLES = [
  menteeCarerTable,
  menteeAssessmentTable,
  menteeRiskAssessmentTable,
  menteeInductionTable,
  menteePreferenceTable,
  menteeNeedTable,
];
