/**
 * A volunteer mentor's way through recruitment, from the operations manual's sections 3–4: the
 * stages in order, what each is called on screen, and where a mentor may go from each.
 */
export const MENTOR_STAGES = [
  'enquiry',
  'info_pack_sent',
  'open_evening',
  'application',
  'references',
  'dbs',
  'initial_training',
  'interview',
  'decision',
  'clearance',
  'ready',
  'matched',
  'on_hold',
  'left',
  'not_selected',
] as const;
export type MentorStage = (typeof MENTOR_STAGES)[number];

/** The recruitment steps, in order, before a mentor is ready (the board's first columns). */
export const RECRUITMENT_STAGES = MENTOR_STAGES.slice(0, 10) as readonly MentorStage[];
/** Stages that need the readiness gate to be met (or an exception recorded). */
export const GATED_STAGES: readonly MentorStage[] = ['ready', 'matched'];
/** Stages a mentor no longer moves on from without a deliberate step back. */
export const CLOSED_STAGES: readonly MentorStage[] = ['left', 'not_selected'];

export const MENTOR_STAGE_LABELS: Record<MentorStage, string> = {
  enquiry: 'Enquiry',
  info_pack_sent: 'Information pack sent',
  open_evening: 'Open evening',
  application: 'Application',
  references: 'References',
  dbs: 'DBS check',
  initial_training: 'Initial training',
  interview: 'Interview',
  decision: 'Decision',
  clearance: 'Prison clearance',
  ready: 'Ready to match',
  matched: 'Matched',
  on_hold: 'On hold',
  left: 'Left',
  not_selected: 'Not selected',
};

export const LEARNING_STYLES = ['activist', 'reflector', 'theorist', 'pragmatist'] as const;
export type LearningStyle = (typeof LEARNING_STYLES)[number];
export const LEARNING_STYLE_LABELS: Record<LearningStyle, string> = {
  activist: 'Activist (learns by doing)',
  reflector: 'Reflector (watches, then thinks it over)',
  theorist: 'Theorist (wants to understand the ideas)',
  pragmatist: 'Pragmatist (wants to try it in practice)',
};

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export const EMPLOYMENT_STATUSES = [
  'employed_full_time',
  'employed_part_time',
  'self_employed',
  'student',
  'retired',
  'unemployed',
  'other',
  'not_known',
] as const;
export type EmploymentStatus = (typeof EMPLOYMENT_STATUSES)[number];
export const EMPLOYMENT_STATUS_LABELS: Record<EmploymentStatus, string> = {
  employed_full_time: 'Employed full time',
  employed_part_time: 'Employed part time',
  self_employed: 'Self-employed',
  student: 'In education',
  retired: 'Retired',
  unemployed: 'Not in work',
  other: 'Other',
  not_known: 'Not known',
};

/** The manual's recruitment sources: the starting list of "how they heard", which a programme edits. */
export const DEFAULT_RECRUITMENT_SOURCES = [
  'Leaflet',
  'Poster',
  'Local paper or free publication',
  'Presentation to a community group',
  'Community or faith group',
  'Local college',
  'Word of mouth',
  'National newspaper',
  'Another organisation’s newsletter',
  'Employer volunteering scheme',
  'Local radio',
  'Volunteer bureau',
  'Sports centre or club',
  'Council payslip',
  'Email at work',
  'Outreach',
  'Online volunteer database',
  'Other',
] as const;
