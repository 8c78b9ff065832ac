/**
 * Mentees from referral to ready-for-match (operations manual section 5): where referrals come
 * from, the stages, sentence and custody words, and the default referral criteria.
 */
export const REFERRAL_SOURCES = [
  'probation',
  'youth_offending_team',
  'prison_staff',
  'prison_non_operational_staff',
  'chaplaincy',
  'resettlement_board',
  'self_referral',
  'other_agency',
] as const;
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];
export const REFERRAL_SOURCE_LABELS: Record<ReferralSource, string> = {
  probation: 'Probation',
  youth_offending_team: 'Youth offending team',
  prison_staff: 'Prison staff (wing or offender management)',
  prison_non_operational_staff: 'Prison staff (education, healthcare, workshops)',
  chaplaincy: 'Chaplaincy',
  resettlement_board: 'Resettlement board',
  self_referral: 'Self-referral (wing slip or leaflet)',
  other_agency: 'Another agency',
};

export const MENTEE_STAGES = [
  'referred',
  'acknowledged',
  'assessment',
  'induction',
  'ready',
  'matched',
  'not_selected',
  'withdrawn',
  'closed',
] as const;
export type MenteeStage = (typeof MENTEE_STAGES)[number];
export const MENTEE_STAGE_LABELS: Record<MenteeStage, string> = {
  referred: 'Referred',
  acknowledged: 'Referral acknowledged',
  assessment: 'Assessment',
  induction: 'Induction',
  ready: 'Ready to match',
  matched: 'Matched',
  not_selected: 'Not selected',
  withdrawn: 'Withdrew',
  closed: 'Closed',
};
/** Stages that need the readiness gate met. */
export const MENTEE_GATED_STAGES: readonly MenteeStage[] = ['ready', 'matched'];

export const CUSTODY_STATUSES = ['remand', 'sentenced', 'released', 'community'] as const;
export const CUSTODY_STATUS_LABELS: Record<(typeof CUSTODY_STATUSES)[number], string> = {
  remand: 'On remand',
  sentenced: 'Sentenced, in custody',
  released: 'Released on licence',
  community: 'Community sentence',
};

export const SENTENCE_TYPES = [
  'determinate',
  'dto',
  'extended',
  'indeterminate',
  'community_order',
  'youth_rehabilitation_order',
  'other',
] as const;
export const SENTENCE_TYPE_LABELS: Record<(typeof SENTENCE_TYPES)[number], string> = {
  determinate: 'Determinate sentence',
  dto: 'Detention and training order (DTO)',
  extended: 'Extended sentence',
  indeterminate: 'Indeterminate sentence',
  community_order: 'Community order',
  youth_rehabilitation_order: 'Youth rehabilitation order',
  other: 'Other',
};

/** Broad categories only (the record never needs the offence's detail to run mentoring). */
export const OFFENCE_CATEGORIES = [
  'violence',
  'robbery',
  'burglary',
  'theft',
  'drugs',
  'motoring',
  'public_order',
  'weapons',
  'fraud',
  'criminal_damage',
  'sexual',
  'other',
] as const;
export const OFFENCE_CATEGORY_LABELS: Record<(typeof OFFENCE_CATEGORIES)[number], string> = {
  violence: 'Violence against the person',
  robbery: 'Robbery',
  burglary: 'Burglary',
  theft: 'Theft and handling',
  drugs: 'Drug offences',
  motoring: 'Motoring offences',
  public_order: 'Public order',
  weapons: 'Possession of weapons',
  fraud: 'Fraud and forgery',
  criminal_damage: 'Criminal damage and arson',
  sexual: 'Sexual offences',
  other: 'Other',
};

export const CONSENT_METHODS = ['in_person', 'signed_form', 'by_phone', 'by_letter'] as const;
export const CONSENT_METHOD_LABELS: Record<(typeof CONSENT_METHODS)[number], string> = {
  in_person: 'In person, recorded by staff',
  signed_form: 'Signed form',
  by_phone: 'By phone',
  by_letter: 'By letter',
};

/** The manual's example referral criteria, as the starting checklist a programme edits. */
export const DEFAULT_REFERRAL_CRITERIA = [
  'Within the age range the programme serves',
  'In need of resettlement support',
  'Returning to an area the programme covers',
  'Open to new challenges and interested in having a mentor',
  'Looking for education, training or employment',
  'Suitable for mentoring',
] as const;
