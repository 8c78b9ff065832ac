/**
 * A match between a mentor and a mentee, from the operations manual's section 6: the stages of
 * the workflow, who may decline and the points the three-way matching meeting covers. The
 * relationship that follows (contact, plans, reviews, endings) has its words in relationship.ts.
 */

/**
 * proposed (the mentor has been told the basics) → mentor_agreed → mentee_agreed → active once the
 * match risk assessment is signed off, the three-way meeting is recorded and the agreement is signed
 * by both; declined by either side at any point before active; ended by a planned or unplanned ending.
 */
export const MATCH_STAGES = [
  'proposed',
  'mentor_agreed',
  'mentee_agreed',
  'active',
  'declined',
  'ended',
] as const;
export type MatchStage = (typeof MATCH_STAGES)[number];
export const MATCH_STAGE_LABELS: Record<MatchStage, string> = {
  proposed: 'Proposed to the mentor',
  mentor_agreed: 'Mentor agreed',
  mentee_agreed: 'Mentee agreed',
  active: 'Active',
  declined: 'Declined',
  ended: 'Ended',
};
/** Stages in which a match holds its mentee and a place in its mentor's capacity. */
export const OPEN_MATCH_STAGES: readonly MatchStage[] = [
  'proposed',
  'mentor_agreed',
  'mentee_agreed',
  'active',
];
/** Stages before active, in which either side may still decline. */
export const PENDING_MATCH_STAGES: readonly MatchStage[] = ['proposed', 'mentor_agreed', 'mentee_agreed'];

/** Who declined a proposed match. Recorded without blame; the reason is shown at the next suggestion. */
export const DECLINED_BY = ['mentor', 'mentee'] as const;
export type DeclinedBy = (typeof DECLINED_BY)[number];

/** Who ran or attended the three-way matching meeting besides the mentor and mentee. */
export const MEETING_ATTENDEES = [
  'coordinator',
  'prison_staff',
  'case_manager',
  'caseworker',
  'lead_mentor',
  'carer',
] as const;
export type MeetingAttendee = (typeof MEETING_ATTENDEES)[number];
export const MEETING_ATTENDEE_LABELS: Record<MeetingAttendee, string> = {
  coordinator: 'Mentoring co-ordinator',
  prison_staff: 'Prison staff overseeing the match',
  case_manager: 'Statutory case manager',
  caseworker: 'Caseworker',
  lead_mentor: 'Lead mentor',
  carer: 'Parent or carer',
};

/** The points the matching meeting should cover (the manual's checklist, in our words). */
export const MEETING_POINTS = [
  'aims',
  'expectations',
  'boundaries',
  'confidentiality',
  'contact_arrangements',
  'keeping_in_touch',
  'staff_role',
  'resettlement_needs',
  'goals',
  'expenses',
  'contact_records',
  'review_date',
  'length',
] as const;
export type MeetingPoint = (typeof MEETING_POINTS)[number];
export const MEETING_POINT_LABELS: Record<MeetingPoint, string> = {
  aims: 'What the mentoring service is for',
  expectations: 'What each of them expects',
  boundaries: 'Boundaries, and what happens if they are crossed',
  confidentiality: 'Confidentiality and its limits',
  contact_arrangements: 'How often, when and where they will meet',
  keeping_in_touch: 'How they get in touch with each other',
  staff_role: 'What the service’s staff do',
  resettlement_needs: 'Resettlement needs',
  goals: 'Setting goals and an action plan',
  expenses: 'Activity expenses: what is covered and how to claim',
  contact_records: 'Records of contact: how and why they are kept',
  review_date: 'The first review date',
  length: 'How long the match will last',
};

/** Units for the agreed length of a match and for contact between meetings (the agreement form). */
export const LENGTH_UNITS = ['weeks', 'months'] as const;
export type LengthUnit = (typeof LENGTH_UNITS)[number];
export const CONTACT_BETWEEN_UNITS = ['days', 'weeks'] as const;
export type ContactBetweenUnit = (typeof CONTACT_BETWEEN_UNITS)[number];

/** The match risk assessment (section 8, health and safety): the hazards every match considers. */
export const MATCH_HAZARDS = [
  'meeting_places',
  'lone_working',
  'travel',
  'release_day',
  'disclosure',
  'substances',
  'boundaries',
  'third_parties',
] as const;
export type MatchHazard = (typeof MATCH_HAZARDS)[number];
export const MATCH_HAZARD_LABELS: Record<MatchHazard, string> = {
  meeting_places: 'Where they meet (safe, public places only)',
  lone_working: 'The mentor working alone, and checking in afterwards',
  travel: 'Travel to and from meetings',
  release_day: 'Meeting on the day of release',
  disclosure: 'Disclosures the mentor may hear, and what to do',
  substances: 'The mentee arriving under the influence',
  boundaries: 'Boundaries: money, gifts, home addresses, social media',
  third_parties: 'Other people (family, associates, victims)',
};
export const MATCH_RISK_LEVELS = ['low', 'medium', 'high'] as const;
export type MatchRiskLevel = (typeof MATCH_RISK_LEVELS)[number];
export const MATCH_RISK_LEVEL_LABELS: Record<MatchRiskLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};
