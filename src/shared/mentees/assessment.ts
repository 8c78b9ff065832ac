/** Assessment words: the manual's twelve risk questions, the induction checklist, the seven pathways. */
export const RISK_QUESTIONS = [
  { key: 'medical', text: 'Medical conditions the mentor should know about (for example epilepsy)' },
  { key: 'medication', text: 'Medication: what, and when and how it is taken' },
  { key: 'allergies', text: 'Food allergies' },
  {
    key: 'learning_behaviour',
    text: 'Learning or behavioural needs that affect how they get on with others',
  },
  { key: 'violence', text: 'History of violence towards workers or others' },
  { key: 'gender_ethnicity', text: 'Problems shown towards another gender or other ethnic backgrounds' },
  { key: 'travel_alone', text: 'Comfortable travelling alone to meet the mentor' },
  { key: 'areas_to_avoid', text: 'Local areas to avoid (gangs or other reasons)' },
  { key: 'family_social', text: 'Where family live and where they socialise: places best avoided' },
  { key: 'story_telling', text: 'History of telling stories or fantasising' },
  { key: 'convictions', text: 'Previous convictions the mentor might need to know about' },
  { key: 'substances', text: 'History of substance misuse' },
] as const;
export type RiskQuestionKey = (typeof RISK_QUESTIONS)[number]['key'];
export const RISK_ANSWERS = ['yes', 'no', 'unknown'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high', 'very_high'] as const;
export const RISK_LEVEL_LABELS: Record<(typeof RISK_LEVELS)[number], string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  very_high: 'Very high',
};
export const RISK_SOURCE_DOCUMENTS = ['oasys', 'asset', 'asset_plus', 'other'] as const;
export const RISK_SOURCE_LABELS: Record<(typeof RISK_SOURCE_DOCUMENTS)[number], string> = {
  oasys: 'OASys (probation)',
  asset: 'Asset (youth offending team)',
  asset_plus: 'AssetPlus (youth offending team)',
  other: 'Other',
};

export const INDUCTION_ITEMS = [
  { key: 'service_and_staff', text: 'Introduction to the service and staff' },
  { key: 'mentor_role', text: 'What a mentor does' },
  { key: 'resettlement_needs', text: 'Resettlement needs' },
  { key: 'custody_meetings', text: 'Meetings before and after release' },
  { key: 'action_planning', text: 'Action planning and setting goals' },
  { key: 'matching', text: 'How matching works' },
  { key: 'mentee_support', text: 'Support for mentees' },
  { key: 'ground_rules', text: 'The service’s ground rules' },
  { key: 'expectations', text: 'Expectations on both sides' },
  { key: 'boundaries', text: 'Boundaries' },
  { key: 'confidentiality', text: 'Confidentiality' },
  { key: 'making_contact', text: 'Making contact' },
  { key: 'frequency', text: 'How often and how long they meet' },
  { key: 'ending', text: 'How the relationship ends' },
  { key: 'expenses', text: 'Expenses and activities' },
  { key: 'concerns', text: 'Concerns and questions' },
] as const;
export type InductionItemKey = (typeof INDUCTION_ITEMS)[number]['key'];

export const PATHWAYS = [
  { key: 'accommodation', text: 'Accommodation' },
  { key: 'ete', text: 'Education, training and employment' },
  { key: 'health', text: 'Health' },
  { key: 'drugs_alcohol', text: 'Drugs and alcohol' },
  { key: 'finance', text: 'Finance, benefit and debt' },
  { key: 'children_families', text: 'Children and families' },
  { key: 'attitudes', text: 'Attitudes, thinking and behaviour' },
] as const;
export type PathwayKey = (typeof PATHWAYS)[number]['key'];
export const NEED_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export const NEED_LEVEL_LABELS: Record<(typeof NEED_LEVELS)[number], string> = {
  none: 'No need',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

export const CONTACT_METHODS = ['in_person', 'prison_visit', 'phone', 'video', 'letter', 'email'] as const;
export const CONTACT_WITH = ['mentee', 'carer', 'agency'] as const;
