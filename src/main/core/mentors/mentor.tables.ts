import { col, defineTable, type RowOf } from '../db/table';

const CASEWORK =
  'UK GDPR Art. 6(1)(e) public task / 6(1)(f) legitimate interests: recruiting, vetting and supporting volunteer mentors.';
const ARTICLE_10 =
  'Criminal offence data (Art. 10) and vetting: DPA 2018 Sch. 1 para. 10 (preventing or detecting unlawful acts) and para. 18 (safeguarding of children and individuals at risk), under an appropriate policy document.';
const VOLUNTEER_RETENTION =
  'While the person volunteers and 6 years after they leave (insurance and safeguarding enquiries); an enquiry that never became an application: 12 months.';

export const mentorTable = defineTable('mentor', {
  purpose:
    'Volunteer mentors from first enquiry to leaving: who they are, how to reach them, what they offer, and where they are in recruitment.',
  lawfulBasis: CASEWORK,
  // The link to a former mentee record reveals a criminal past; the "hard to work with" answer is screening.
  specialCondition: ARTICLE_10,
  retention: VOLUNTEER_RETENTION,
  columns: {
    id: col.id('directory'),
    firstName: col.text('directory'),
    lastName: col.text('directory'),
    preferredName: col.text('directory'),
    /** Lower-case, accents removed: finds the same name typed another way (duplicates). */
    nameKey: col.text('directory'),
    stage: col.text('directory'),
    stageSince: col.text('directory'),
    dateOfBirth: col.text('contact', { nullable: true }),
    email: col.text('contact'),
    phone: col.text('contact'),
    addressLine1: col.text('contact'),
    addressLine2: col.text('contact'),
    town: col.text('contact'),
    postcode: col.text('contact'),
    enquiryDate: col.text('directory'),
    heardVia: col.text('directory'),
    applicationDate: col.text('directory', { nullable: true }),
    motivation: col.text('contact'),
    hopes: col.text('contact'),
    employmentStatus: col.text('contact'),
    /** JSON arrays of short strings. */
    interests: col.text('contact'),
    skills: col.text('contact'),
    languages: col.text('contact'),
    learningStyle: col.text('contact', { nullable: true }),
    /** JSON array of weekdays ('mon'…'sun'). */
    availability: col.text('contact'),
    availabilityNotes: col.text('contact'),
    travelArea: col.text('contact'),
    /** People or offence types they would find hard to work with: screening, co-ordinators only. */
    hardToWorkWith: col.text('vetting'),
    /** JSON array of offence categories the mentor has said they could not work with: a matching gate. */
    excludedOffences: col.text('vetting'),
    /** How many mentees at once (capacity for matching). */
    maxMentees: col.integer('directory'),
    /** As the mentor states it, for mentees' preferences about their mentor (not equality monitoring). */
    gender: col.text('contact'),
    isLeadMentor: col.boolean('directory'),
    clusterId: col.text('directory', { nullable: true }),
    /** The staff account a lead mentor signs in with: decides which cluster they see. */
    accountId: col.text('system', { nullable: true, unique: true }),
    /** Service-user involvement: a former mentee now mentoring reveals a criminal past. */
    formerMenteeId: col.text('criminal', { nullable: true }),
    notes: col.text('contact'),
    onHoldReason: col.text('contact', { nullable: true }),
    followUpDue: col.text('directory', { nullable: true }),
    leftDate: col.text('directory', { nullable: true }),
    leftReason: col.text('contact', { nullable: true }),
    exitInterviewDate: col.text('directory', { nullable: true }),
    exitInterviewNotes: col.text('contact', { nullable: true }),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});
export type MentorDbRow = RowOf<typeof mentorTable.columns>;

export const mentorStageEventTable = defineTable('mentor_stage_event', {
  purpose: 'Each step of a mentor’s recruitment: the stage, its date and who recorded it.',
  lawfulBasis: CASEWORK,
  specialCondition: null,
  retention: VOLUNTEER_RETENTION,
  columns: {
    id: col.id('directory'),
    mentorId: col.text('directory'),
    stage: col.text('directory'),
    onDate: col.text('directory'),
    note: col.text('contact'),
    exceptionId: col.text('vetting', { nullable: true }),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});

export const mentorGateExceptionTable = defineTable('mentor_gate_exception', {
  purpose:
    'A co-ordinator’s decision to let a mentor be ready or matched although a vetting or training condition was not met, with the reason.',
  lawfulBasis: CASEWORK,
  specialCondition: ARTICLE_10,
  retention: VOLUNTEER_RETENTION,
  columns: {
    id: col.id('vetting'),
    mentorId: col.text('vetting'),
    stage: col.text('vetting'),
    reason: col.text('vetting'),
    /** JSON: the conditions unmet at the time. */
    unmet: col.text('vetting'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});

const PROGRAMME_LIST = {
  lawfulBasis: 'UK GDPR Art. 6(1)(f) legitimate interests: running the mentoring service.',
  specialCondition: null,
  retention: 'For the life of the installation; not personal data.',
} as const;

export const recruitmentSourceTable = defineTable('recruitment_source', {
  ...PROGRAMME_LIST,
  purpose: 'How volunteers hear about the programme: the choices for "how they heard", editable.',
  columns: {
    id: col.id('reference'),
    name: col.text('reference', { unique: true }),
    sortOrder: col.integer('reference'),
    archived: col.boolean('reference'),
  },
});
