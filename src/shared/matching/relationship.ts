/**
 * The mentoring relationship after the match (the manual's section 7 and section 8's recording and
 * difficult situations): kinds of contact, safe places to meet, staff check-ins, SMART goals,
 * review ratings, incidents and endings.
 */

/** What kind of contact a record of contact describes. */
export const CONTACT_KINDS = [
  'prison_visit',
  'legal_visit',
  'video_call',
  'phone_call',
  'letter',
  'community_meeting',
  'release_day_gate',
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];
export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  prison_visit: 'Prison visit',
  legal_visit: 'Legal visit',
  video_call: 'Video call',
  phone_call: 'Phone call',
  letter: 'Letter',
  community_meeting: 'Meeting in the community',
  release_day_gate: 'Release day: met at the gate',
};
/** Kinds where the two met face to face, so a place is asked for. */
export const FACE_TO_FACE_KINDS: readonly ContactKind[] = [
  'prison_visit',
  'legal_visit',
  'community_meeting',
  'release_day_gate',
];

/** Safe, public places to meet (the manual's suggestions); each programme edits its own list. */
export const DEFAULT_MEETING_PLACES = [
  'Service premises',
  'Coffee shop',
  'Sports centre',
  'Youth centre',
  'Internet café',
  'Drop-in centre',
  'Library',
  'High street',
  'Community centre',
  'Park or garden',
] as const;

/** Before or after the mentee's release: derived from the release date, never typed in. */
export const PHASES = ['pre_release', 'post_release'] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_LABELS: Record<Phase, string> = {
  pre_release: 'Before release',
  post_release: 'After release',
};

/** How a member of staff checked in with the mentor after a meeting. */
export const CHECKIN_METHODS = ['phone', 'in_person', 'video', 'email', 'text'] as const;
export type CheckInMethod = (typeof CHECKIN_METHODS)[number];
export const CHECKIN_METHOD_LABELS: Record<CheckInMethod, string> = {
  phone: 'Telephone',
  in_person: 'In person',
  video: 'Video call',
  email: 'Email',
  text: 'Text message',
};
export const CHECKIN_FEELINGS = ['well', 'mixed', 'difficult'] as const;
export type CheckInFeeling = (typeof CHECKIN_FEELINGS)[number];
export const CHECKIN_FEELING_LABELS: Record<CheckInFeeling, string> = {
  well: 'Went well',
  mixed: 'Mixed',
  difficult: 'Difficult',
};

/** SMART action-plan goals. */
export const GOAL_STATUSES = [
  'not_started',
  'in_progress',
  'achieved',
  'partly_achieved',
  'dropped',
] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];
export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  achieved: 'Achieved',
  partly_achieved: 'Partly achieved',
  dropped: 'No longer a goal',
};
export const OUTCOME_TYPES = ['hard', 'soft'] as const;
export type OutcomeType = (typeof OUTCOME_TYPES)[number];
export const OUTCOME_TYPE_LABELS: Record<OutcomeType, string> = {
  hard: 'Hard outcome (for example a job, a tenancy, no reoffending)',
  soft: 'Soft outcome (for example confidence, self-esteem)',
};

/** Progress at a review, per pathway and per goal. */
export const PROGRESS_RATINGS = ['worse', 'no_change', 'some_progress', 'good_progress', 'achieved'] as const;
export type ProgressRating = (typeof PROGRESS_RATINGS)[number];
export const PROGRESS_RATING_LABELS: Record<ProgressRating, string> = {
  worse: 'Worse',
  no_change: 'No change',
  some_progress: 'Some progress',
  good_progress: 'Good progress',
  achieved: 'Achieved',
};

/** Incidents and difficult situations: the manual's list, plus health and safety and other. */
export const INCIDENT_KINDS = [
  'no_shows_after_release',
  'under_influence',
  'hard_to_contact',
  'pushing_boundaries',
  'mentor_missing_supervision',
  'over_involvement',
  'health_and_safety',
  'other',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];
export const INCIDENT_KIND_LABELS: Record<IncidentKind, string> = {
  no_shows_after_release: 'Mentee keeps missing meetings after release',
  under_influence: 'Mentee arrived under the influence of drugs or alcohol',
  hard_to_contact: 'Mentor finds the mentee hard to contact',
  pushing_boundaries: 'Boundaries of the relationship pushed',
  mentor_missing_supervision: 'Mentor not attending training or group support',
  over_involvement: 'Mentor becoming over-involved',
  health_and_safety: 'Health and safety',
  other: 'Other',
};
/** Kinds counted as boundary incidents (standard 14). */
export const BOUNDARY_INCIDENT_KINDS: readonly IncidentKind[] = ['pushing_boundaries', 'over_involvement'];
export const INCIDENT_SEVERITIES = ['low', 'medium', 'high'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];
export const INCIDENT_SEVERITY_LABELS: Record<IncidentSeverity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** Endings. */
export const ENDING_KINDS = ['planned', 'unplanned'] as const;
export type EndingKind = (typeof ENDING_KINDS)[number];
export const ENDING_REASONS = [
  'agreed_length_reached',
  'goals_achieved',
  'mentee_withdrew',
  'mentor_withdrew',
  'lost_contact',
  'returned_to_custody',
  'moved_away',
  'relationship_broke_down',
  'breach_of_boundaries',
  'other',
] as const;
export type EndingReason = (typeof ENDING_REASONS)[number];
export const ENDING_REASON_LABELS: Record<EndingReason, string> = {
  agreed_length_reached: 'The agreed length was reached',
  goals_achieved: 'The mentee’s goals were achieved',
  mentee_withdrew: 'The mentee chose to stop',
  mentor_withdrew: 'The mentor had to stop',
  lost_contact: 'Contact was lost',
  returned_to_custody: 'The mentee returned to custody',
  moved_away: 'The mentee moved away',
  relationship_broke_down: 'The relationship broke down',
  breach_of_boundaries: 'Boundaries were breached',
  other: 'Another reason',
};
export const EXIT_PARTIES = ['mentor', 'mentee'] as const;
export type ExitParty = (typeof EXIT_PARTIES)[number];

/** PDFs kept with a match. */
export const MATCH_DOCUMENT_KINDS = [
  'agreement',
  'ending_letter_mentee',
  'ending_letter_mentor',
  'ending_letter_case_manager',
] as const;
export type MatchDocumentKind = (typeof MATCH_DOCUMENT_KINDS)[number];
export const MATCH_DOCUMENT_KIND_LABELS: Record<MatchDocumentKind, string> = {
  agreement: 'Mentoring agreement',
  ending_letter_mentee: 'Ending letter to the mentee',
  ending_letter_mentor: 'Ending letter to the mentor',
  ending_letter_case_manager: 'Ending letter to the case manager',
};
