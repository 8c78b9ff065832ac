/**
 * The words of the policies register, service literature and insurance (the manual's section 8
 * and section 2). Kept in one place so the migration's seed, the contract and the screens agree.
 */

/** The six policies the manual recommends every programme holds, in the manual's order. */
export const RECOMMENDED_POLICY_KINDS = [
  'volunteer_procedure',
  'confidentiality',
  'safeguarding',
  'health_safety',
  'equality_diversity',
  'complaints',
] as const;
export const POLICY_KINDS = [...RECOMMENDED_POLICY_KINDS, 'data_protection', 'expenses', 'other'] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

export const POLICY_KIND_LABELS: Record<PolicyKind, string> = {
  volunteer_procedure: 'Volunteer procedure',
  confidentiality: 'Confidentiality',
  safeguarding: 'Child protection and safeguarding',
  health_safety: 'Health and safety (including lone working)',
  equality_diversity: 'Equality and diversity',
  complaints: 'Complaints',
  data_protection: 'Data protection',
  expenses: 'Expenses',
  other: 'Other',
};

export const POLICY_STATUSES = ['draft', 'in_force', 'under_review', 'withdrawn'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];
export const POLICY_STATUS_LABELS: Record<PolicyStatus, string> = {
  draft: 'Draft',
  in_force: 'In force',
  under_review: 'Under review',
  withdrawn: 'Withdrawn',
};

/** Handbooks and leaflets the manual expects a programme to have (service literature). */
export const LITERATURE_KINDS = [
  'mentor_handbook',
  'mentee_handbook',
  'mentee_leaflet',
  'carers_leaflet',
  'referral_leaflet',
  'expenses_guidance',
  'other',
] as const;
export type LiteratureKind = (typeof LITERATURE_KINDS)[number];
export const LITERATURE_KIND_LABELS: Record<LiteratureKind, string> = {
  mentor_handbook: 'Mentor handbook',
  mentee_handbook: 'Mentee handbook',
  mentee_leaflet: 'Mentee leaflet',
  carers_leaflet: 'Leaflet for parents and carers',
  referral_leaflet: 'Referral leaflet for agencies',
  expenses_guidance: 'Expenses guidance',
  other: 'Other',
};

export const LITERATURE_AUDIENCES = ['mentors', 'mentees', 'carers', 'agencies', 'staff', 'public'] as const;
export type LiteratureAudience = (typeof LITERATURE_AUDIENCES)[number];
export const LITERATURE_AUDIENCE_LABELS: Record<LiteratureAudience, string> = {
  mentors: 'Mentors',
  mentees: 'Mentees',
  carers: 'Parents and carers',
  agencies: 'Referring agencies',
  staff: 'Staff',
  public: 'The public',
};

export const LITERATURE_FORMATS = ['standard', 'easy_read', 'large_print', 'audio', 'translation'] as const;
export type LiteratureFormat = (typeof LITERATURE_FORMATS)[number];
export const LITERATURE_FORMAT_LABELS: Record<LiteratureFormat, string> = {
  standard: 'Standard',
  easy_read: 'Easy read',
  large_print: 'Large print',
  audio: 'Audio',
  translation: 'Translation',
};

export const INSURANCE_KINDS = [
  'employers_liability',
  'public_liability',
  'volunteer_personal_accident',
  'professional_indemnity',
  'motor_business_use',
  'other',
] as const;
export type InsuranceKind = (typeof INSURANCE_KINDS)[number];
export const INSURANCE_KIND_LABELS: Record<InsuranceKind, string> = {
  employers_liability: 'Employer’s liability',
  public_liability: 'Public liability',
  volunteer_personal_accident: 'Volunteers’ personal accident',
  professional_indemnity: 'Professional indemnity',
  motor_business_use: 'Motor: business use (note)',
  other: 'Other',
};

/** Which record a stored file belongs to, for the one file-reading channel. */
export const FILE_OWNERS = ['policy_version', 'literature', 'insurance'] as const;
export type FileOwner = (typeof FILE_OWNERS)[number];
