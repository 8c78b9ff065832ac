/**
 * The words of feedback, "you said, we did" and service-user involvement (standards 26 and 30):
 * who gave feedback, how it was gathered, the programme's themes, an action's statuses and the
 * ways a former mentee can be involved in the service. Shared by the contract, the core and screens.
 */
export const FEEDBACK_FROM = ['mentee', 'mentor', 'carer', 'partner', 'staff', 'other'] as const;
export type FeedbackFrom = (typeof FEEDBACK_FROM)[number];
export const FEEDBACK_FROM_LABELS: Record<FeedbackFrom, string> = {
  mentee: 'Mentee',
  mentor: 'Mentor',
  carer: 'Parent or carer',
  partner: 'Partner agency',
  staff: 'Staff',
  other: 'Someone else',
};

export const FEEDBACK_METHODS = [
  'questionnaire',
  'exit_interview',
  'review_meeting',
  'focus_group',
  'phone',
  'comment_card',
  'online',
  'other',
] as const;
export type FeedbackMethod = (typeof FEEDBACK_METHODS)[number];
export const FEEDBACK_METHOD_LABELS: Record<FeedbackMethod, string> = {
  questionnaire: 'Questionnaire',
  exit_interview: 'Exit interview',
  review_meeting: 'Review meeting',
  focus_group: 'Focus group',
  phone: 'Telephone',
  comment_card: 'Comment card',
  online: 'Online form',
  other: 'Another way',
};

export const FEEDBACK_THEMES = [
  'matching',
  'training',
  'contact',
  'expenses',
  'support',
  'communication',
  'endings',
  'other',
] as const;
export type FeedbackTheme = (typeof FEEDBACK_THEMES)[number];
export const FEEDBACK_THEME_LABELS: Record<FeedbackTheme, string> = {
  matching: 'Matching',
  training: 'Training',
  contact: 'Meetings and contact',
  expenses: 'Expenses',
  support: 'Support and supervision',
  communication: 'Communication',
  endings: 'Endings',
  other: 'Other',
};

export const ACTION_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
};

export const INVOLVEMENT_KINDS = [
  'became_mentor',
  'steering_group',
  'recruitment_panel',
  'training',
  'speaking',
  'case_study',
  'peer_support',
  'other',
] as const;
export type InvolvementKind = (typeof INVOLVEMENT_KINDS)[number];
export const INVOLVEMENT_KIND_LABELS: Record<InvolvementKind, string> = {
  became_mentor: 'Became a mentor',
  steering_group: 'Steering group',
  recruitment_panel: 'Recruitment or interview panel',
  training: 'Helped with training',
  speaking: 'Spoke at an event',
  case_study: 'Gave a case study',
  peer_support: 'Peer support',
  other: 'Other',
};

/** Ratings run from 1 (poor) to 5 (excellent); optional, as not every way of asking gives one. */
export const RATING_MIN = 1;
export const RATING_MAX = 5;
