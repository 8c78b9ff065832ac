import { col, defineTable, type RowOf } from '../db/table';

export const CASEWORK =
  'UK GDPR Art. 6(1)(e) public task / 6(1)(f) legitimate interests: resettlement mentoring of people in custody and after release.';
export const CRIMINAL =
  'Criminal offence data (Art. 10): DPA 2018 Sch. 1 para. 10 (rehabilitation) and para. 18 (safeguarding), under an appropriate policy document; health details under Art. 9(2)(g) with Sch. 1 para. 6.';
export const MATCH_RETENTION =
  'Six years after the match ends (or is declined), then deleted with the mentee’s record.';

export const matchTable = defineTable('match', {
  purpose:
    'A mentor matched with a mentee: why the mentor was suggested, the workflow from proposal to an active relationship and its ending, and the dates the work queue watches.',
  lawfulBasis: CASEWORK,
  specialCondition: CRIMINAL,
  retention: MATCH_RETENTION,
  columns: {
    id: col.id('directory'),
    /** The programme's own reference (e.g. X-2026-0007). */
    reference: col.text('directory', { unique: true }),
    menteeId: col.text('directory'),
    mentorId: col.text('directory'),
    stage: col.text('directory'),
    stageSince: col.text('directory'),
    proposedOn: col.text('directory'),
    proposedBy: col.text('system'),
    /** Where the chosen mentor stood in the suggestions (1 = top); null when proposed without them. */
    suggestionRank: col.integer('contact', { nullable: true }),
    score: col.integer('contact', { nullable: true }),
    /** JSON: the gates and criteria as they stood at the proposal, kept as the record of why. */
    explanation: col.text('criminal'),
    /** Why a lower-ranked mentor was chosen (required then; audited). */
    overrideReason: col.text('contact'),
    /** The match was proposed less than the programme's months before the mentee's release. */
    releaseWarning: col.boolean('criminal'),
    mentorToldOn: col.text('contact', { nullable: true }),
    mentorAgreedOn: col.text('contact', { nullable: true }),
    menteeToldOn: col.text('contact', { nullable: true }),
    menteeAgreedOn: col.text('contact', { nullable: true }),
    declinedBy: col.text('contact', { nullable: true }),
    declinedOn: col.text('contact', { nullable: true }),
    declineReason: col.text('contact'),
    activeOn: col.text('directory', { nullable: true }),
    endedOn: col.text('directory', { nullable: true }),
    /** Re-matching after a breakdown: the match this one follows. */
    previousMatchId: col.text('directory', { nullable: true }),
    /** Derived, written with each record of contact: the last day they were in contact (no-shows excluded). */
    lastContactOn: col.text('contact', { nullable: true }),
    /** Derived: missed meetings in a row up to the latest record. */
    noShowStreak: col.integer('contact'),
    /** Derived: from the agreement's review date, then each review's next date. */
    nextReviewDue: col.text('directory', { nullable: true }),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});
export type MatchDbRow = RowOf<typeof matchTable.columns>;

export const matchStageEventTable = defineTable('match_stage_event', {
  purpose: 'Each step of a match’s workflow: when, by whom, with a note.',
  lawfulBasis: CASEWORK,
  specialCondition: null,
  retention: MATCH_RETENTION,
  columns: {
    id: col.id('directory'),
    matchId: col.text('directory'),
    stage: col.text('directory'),
    onDate: col.text('directory'),
    note: col.text('contact'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});

export const matchRiskAssessmentTable = defineTable('match_risk_assessment', {
  purpose:
    'The health-and-safety risk assessment for a match, required before it becomes active: hazards, controls, level, sign-off and review date. Versioned.',
  lawfulBasis: CASEWORK,
  specialCondition: CRIMINAL,
  retention: MATCH_RETENTION,
  columns: {
    id: col.id('criminal'),
    matchId: col.text('criminal'),
    version: col.integer('criminal'),
    /** JSON: [{ hazard, applies, controls }] over MATCH_HAZARDS. */
    hazards: col.text('criminal'),
    overallLevel: col.text('criminal'),
    controls: col.text('criminal'),
    assessor: col.text('criminal'),
    assessedOn: col.text('criminal'),
    reviewDue: col.text('criminal'),
    signedOffOn: col.text('criminal', { nullable: true }),
    signedOffBy: col.text('system', { nullable: true }),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const matchMeetingTable = defineTable('match_meeting', {
  purpose: 'The three-way matching meeting: when, where, who attended and which points were covered.',
  lawfulBasis: CASEWORK,
  specialCondition: null,
  retention: MATCH_RETENTION,
  columns: {
    matchId: col.id('contact'),
    heldOn: col.text('contact'),
    place: col.text('contact'),
    /** JSON array of MEETING_ATTENDEES. */
    attendees: col.text('contact'),
    attendeeNames: col.text('contact'),
    /** JSON array of MEETING_POINTS covered. */
    pointsCovered: col.text('contact'),
    nextMeetingOn: col.text('contact', { nullable: true }),
    notes: col.text('contact'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});

export const matchAgreementTable = defineTable('match_agreement', {
  purpose:
    'The shared mentoring agreement: ground rules, aim and objectives, agreed length, meeting length, contact between meetings, review date and signatures.',
  lawfulBasis: CASEWORK,
  specialCondition: null,
  retention: MATCH_RETENTION,
  columns: {
    matchId: col.id('contact'),
    groundRules: col.text('contact'),
    aim: col.text('contact'),
    objectives: col.text('contact'),
    lengthValue: col.integer('contact'),
    lengthUnit: col.text('contact'),
    meetingMinMinutes: col.integer('contact'),
    meetingMaxMinutes: col.integer('contact'),
    contactBetweenValue: col.integer('contact'),
    contactBetweenUnit: col.text('contact'),
    reviewOn: col.text('contact'),
    mentorSignedOn: col.text('contact', { nullable: true }),
    menteeSignedOn: col.text('contact', { nullable: true }),
    updatedBy: col.text('system'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});
