import { col, defineTable } from '../db/table';

/**
 * The programme's own governance papers: policies, handbooks and leaflets, insurance. None of it is
 * about a person, so it is `reference` data, except the names of the staff who own or approved a
 * policy (their work names: `directory`).
 */
const GOVERNANCE = {
  lawfulBasis: 'UK GDPR Art. 6(1)(f) legitimate interests: running the mentoring service safely and well.',
  specialCondition: null,
} as const;
const FOR_LIFE =
  'For the life of the installation; superseded versions are kept as the record of what was in force.';

/** A stored file's columns; all null while no file is attached. */
const fileColumns = () => ({
  fileName: col.text('reference', { nullable: true }),
  contentType: col.text('reference', { nullable: true }),
  size: col.integer('system', { nullable: true }),
  sha256: col.text('system', { nullable: true }),
  bytes: col.blob('reference', { nullable: true }),
});

export const policyTable = defineTable('policy', {
  ...GOVERNANCE,
  purpose:
    'The policies register: each policy’s title, kind, owner, status, summary and current review date (standards 1 and 24).',
  retention: FOR_LIFE,
  columns: {
    id: col.id('reference'),
    title: col.text('reference'),
    kind: col.text('reference'),
    recommended: col.boolean('reference'),
    /** A role ("Co-ordinator") or a member of staff by name. */
    owner: col.text('directory'),
    status: col.text('reference'),
    summary: col.text('reference'),
    reviewOn: col.text('reference', { nullable: true }),
    currentVersionId: col.text('reference', { nullable: true }),
    createdBy: col.text('system'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const policyVersionTable = defineTable('policy_version', {
  ...GOVERNANCE,
  purpose: 'Each version of a policy: its approval, review date, what changed and the document itself.',
  retention: FOR_LIFE,
  columns: {
    id: col.id('reference'),
    policyId: col.text('reference'),
    version: col.text('reference'),
    approvedOn: col.text('reference', { nullable: true }),
    approvedBy: col.text('directory'),
    reviewOn: col.text('reference', { nullable: true }),
    changes: col.text('reference'),
    ...fileColumns(),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});

export const literatureTable = defineTable('literature', {
  ...GOVERNANCE,
  purpose:
    'Service literature: handbooks and leaflets, their audience, format and language, version, last review and file.',
  retention: 'For the life of the installation (archived, not deleted, once withdrawn).',
  columns: {
    id: col.id('reference'),
    title: col.text('reference'),
    kind: col.text('reference'),
    audience: col.text('reference'),
    format: col.text('reference'),
    language: col.text('reference'),
    version: col.text('reference'),
    lastReviewedOn: col.text('reference', { nullable: true }),
    notes: col.text('reference'),
    ...fileColumns(),
    archived: col.boolean('reference'),
    updatedBy: col.text('system'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const insurancePolicyTable = defineTable('insurance_policy', {
  ...GOVERNANCE,
  purpose:
    'The programme’s insurance: kind, insurer, policy number, cover, start and expiry, schedule (standard 25).',
  retention: 'Six years after the cover ends (claims can arrive late), then deleted.',
  columns: {
    id: col.id('reference'),
    kind: col.text('reference'),
    insurer: col.text('reference'),
    policyNumber: col.text('reference'),
    coverSummary: col.text('reference'),
    coverAmountPence: col.integer('reference', { nullable: true }),
    startsOn: col.text('reference'),
    expiresOn: col.text('reference'),
    notes: col.text('reference'),
    ...fileColumns(),
    archived: col.boolean('reference'),
    updatedBy: col.text('system'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const POLICY_TABLES = [policyTable, policyVersionTable, literatureTable, insurancePolicyTable];
