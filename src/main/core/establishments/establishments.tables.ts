import { col, defineTable, type RowOf } from '../db/table';

const REFERENCE = {
  lawfulBasis:
    'UK GDPR Art. 6(1)(e) public task / 6(1)(f) legitimate interests: running the mentoring service.',
  specialCondition: null,
} as const;

export const regionTable = defineTable('region', {
  ...REFERENCE,
  purpose: 'Regions that group clusters of establishments, for planning and regional reports.',
  retention: 'For the life of the installation; not personal data.',
  columns: {
    id: col.id('reference'),
    name: col.text('reference', { unique: true }),
    notes: col.text('reference'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const clusterTable = defineTable('cluster', {
  ...REFERENCE,
  purpose: 'Clusters of establishments: a lead mentor’s patch and the unit of their support group.',
  retention: 'For the life of the installation; not personal data.',
  columns: {
    id: col.id('reference'),
    regionId: col.text('reference'),
    name: col.text('reference'),
    notes: col.text('reference'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const establishmentTable = defineTable('establishment', {
  ...REFERENCE,
  purpose:
    'Prisons, young offender institutions, probation offices and community venues where mentoring happens: how to visit, and whom to contact about security clearance.',
  retention:
    'For the life of the installation (archived, not deleted, once no longer used). The security contact’s details are replaced when they change.',
  columns: {
    id: col.id('reference'),
    name: col.text('reference'),
    kind: col.text('reference'),
    operator: col.text('reference'),
    addressLine1: col.text('reference'),
    addressLine2: col.text('reference'),
    town: col.text('reference'),
    postcode: col.text('reference'),
    phone: col.text('reference'),
    visitingArrangements: col.text('reference'),
    legalVisitArrangements: col.text('reference'),
    /** A named member of the prison's security department: a person's work contact details. */
    securityContactName: col.text('contact'),
    securityContactPhone: col.text('contact'),
    securityContactEmail: col.text('contact'),
    clusterId: col.text('reference', { nullable: true }),
    notes: col.text('reference'),
    archived: col.boolean('reference'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});
export type EstablishmentRowDb = RowOf<typeof establishmentTable.columns>;
