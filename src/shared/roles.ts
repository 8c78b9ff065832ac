/** The six staff roles. An account may hold several. */
export const ROLES = [
  'administrator',
  'coordinator',
  'caseworker',
  'lead_mentor',
  'safeguarding_lead',
  'regional_manager',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  administrator: 'Administrator',
  coordinator: 'Co-ordinator',
  caseworker: 'Caseworker',
  lead_mentor: 'Lead mentor',
  safeguarding_lead: 'Safeguarding lead',
  regional_manager: 'Regional manager',
};

/** What each role lets a person do, in the words the home page and accounts screen use. */
export const ROLE_SUMMARIES: Record<Role, string[]> = {
  administrator: [
    'Create staff accounts, set their roles, disable them and reset passphrases',
    'Read and verify the audit log',
    'Change security settings such as the idle lock time',
    'No access to case records',
  ],
  coordinator: [
    'See and change all casework except safeguarding detail',
    'Approve mentors, matches and endings',
    'Set the programme thresholds',
  ],
  caseworker: ['Full records for your own caseload', 'Names and status only for other people'],
  lead_mentor: [
    'Contact details and training and clearance status of mentors in your cluster',
    'Record support-group attendance and clearance paperwork steps',
    'No offender risk information',
  ],
  safeguarding_lead: ['Safeguarding concerns and disclosures in full', 'Read access as a co-ordinator'],
  regional_manager: ['Aggregate figures only; counts under 5 are hidden', 'No personal data'],
};

/**
 * Data classes. Every column in the database belongs to one (see the data map); redaction and
 * read auditing work on classes, never on individual field names.
 */
export const DATA_CLASSES = [
  'directory',
  'contact',
  'special',
  'criminal',
  'vetting',
  'equality',
  'safeguarding',
  'financial',
  'system',
  /** Reference data that is not about a person (establishments, clusters, regions): every role reads it. */
  'reference',
] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

/** Classes whose every read is written to the audit log. */
export const AUDITED_READ_CLASSES: readonly DataClass[] = ['special', 'criminal', 'vetting', 'safeguarding'];
