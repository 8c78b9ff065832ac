/** Screening and vetting words: references, enhanced DBS checks, interviews, decisions, clearance. */
export const REFEREE_RELATIONSHIPS = ['professional', 'educational', 'voluntary', 'other'] as const;
export type RefereeRelationship = (typeof REFEREE_RELATIONSHIPS)[number];
export const REFEREE_RELATIONSHIP_LABELS: Record<RefereeRelationship, string> = {
  professional: 'Professional (employer or colleague)',
  educational: 'Educational (tutor or teacher)',
  voluntary: 'Voluntary work',
  other: 'Other',
};

export const DBS_OUTCOMES = ['pending', 'clear', 'information_disclosed'] as const;
export type DbsOutcome = (typeof DBS_OUTCOMES)[number];
export const DBS_OUTCOME_LABELS: Record<DbsOutcome, string> = {
  pending: 'Applied for, not back yet',
  clear: 'No information disclosed',
  information_disclosed: 'Information disclosed',
};

/** What the programme decided about what a check disclosed (or declared convictions). */
export const DBS_DECISIONS = ['suitable', 'not_suitable', 'not_needed'] as const;
export type DbsDecision = (typeof DBS_DECISIONS)[number];
export const DBS_DECISION_LABELS: Record<DbsDecision, string> = {
  suitable: 'Suitable to mentor',
  not_suitable: 'Not suitable to mentor',
  not_needed: 'No decision needed (nothing disclosed)',
};

export const INTERVIEW_OUTCOMES = ['passed', 'not_passed', 'deferred'] as const;
export type InterviewOutcome = (typeof INTERVIEW_OUTCOMES)[number];
export const INTERVIEW_OUTCOME_LABELS: Record<InterviewOutcome, string> = {
  passed: 'Passed',
  not_passed: 'Not passed',
  deferred: 'Deferred (to be seen again)',
};

export const DECISION_OUTCOMES = ['approved', 'not_selected'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
export const DECISION_OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  approved: 'Approved as a mentor',
  not_selected: 'Not selected',
};

export const CLEARANCE_STATUSES = [
  'not_started',
  'forms_submitted',
  'cleared',
  'refused',
  'expired',
  'withdrawn',
] as const;
export type ClearanceStatus = (typeof CLEARANCE_STATUSES)[number];
export const CLEARANCE_STATUS_LABELS: Record<ClearanceStatus, string> = {
  not_started: 'Not started',
  forms_submitted: 'Forms submitted',
  cleared: 'Cleared',
  refused: 'Refused',
  expired: 'Expired',
  withdrawn: 'Withdrawn',
};

/** The standardised interview's starting questions (the manual: suitability, empathy, policies). */
export const DEFAULT_INTERVIEW_QUESTIONS = [
  'Why do you want to mentor people leaving prison?',
  'What do you hope to get from mentoring, and to give?',
  'How would you keep to the boundaries of the role if a mentee asked for money or your phone number?',
  'What would you do if a mentee told you something that made you worried for their safety or someone else’s?',
  'How would you work with someone whose background or views are very different from yours?',
  'How much time can you give each week, and on which days?',
  'What would you find hard, and who would you talk to about it?',
] as const;

/** The person specification's starting criteria (standard 8): qualities sought and screening out. */
export const DEFAULT_PERSON_SPEC = {
  quality: [
    'Reliable and committed to at least twelve months',
    'Listens without judging and respects confidentiality',
    'Understands, or is willing to learn about, the resettlement process',
    'Keeps to boundaries and follows the programme’s policies',
    'Able to travel to the establishments and community venues used',
  ],
  screen_out: [
    'Views that contradict the ethos of the service',
    'Seems to be looking to resolve their own personal issues through mentoring',
    'Holds negative views about service users that could be prejudicial',
    'Uncomfortable with the boundaries of the mentoring role',
    'Clashes with other participants in training',
  ],
} as const;
export type PersonSpecKind = keyof typeof DEFAULT_PERSON_SPEC;
export const PERSON_SPEC_KINDS = ['quality', 'screen_out'] as const satisfies readonly PersonSpecKind[];
