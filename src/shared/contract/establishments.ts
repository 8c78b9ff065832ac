import { z } from 'zod';
import { classed, defineArea } from './define';
import { email, id, phone, postcode, safeText } from './common';
import { ESTABLISHMENT_KINDS, ESTABLISHMENT_SORTS } from '../establishments';

/**
 * Establishments (prisons, young offender institutions, probation offices, community venues),
 * grouped into clusters (a lead mentor's patch) and regions. Reference data: every signed-in role
 * reads it; the named security-department contact is a person's contact details (class `contact`).
 * Co-ordinators manage it.
 */
const line = (subject: string, max = 120) => safeText({ subject, max });
const optionalLine = (subject: string, max = 120) => line(subject, max).optional().default('');
const notes = (subject: string) => safeText({ subject, max: 2000, multiLine: true }).optional().default('');
const kind = z.enum(ESTABLISHMENT_KINDS, { message: 'Choose the kind of place.' });

export const establishmentFields = z
  .object({
    name: line('The name').min(2, 'Enter the establishment’s name.'),
    kind,
    operator: optionalLine('The operator'),
    addressLine1: optionalLine('The address'),
    addressLine2: optionalLine('The address'),
    town: optionalLine('The town', 80),
    postcode,
    phone,
    visitingArrangements: notes('Visiting arrangements'),
    legalVisitArrangements: notes('Legal visit arrangements'),
    securityContactName: optionalLine('The security contact’s name', 100),
    securityContactPhone: phone,
    securityContactEmail: email,
    clusterId: id.nullable().optional().default(null),
    notes: notes('Notes'),
  })
  .strict();
export type EstablishmentFields = z.input<typeof establishmentFields>;

const ref = <S extends z.ZodType>(s: S) => classed('reference', s);
const contact = <S extends z.ZodType>(s: S) => classed('contact', s);

export const establishmentSchema = z.object({
  id: ref(z.string()),
  name: ref(z.string()),
  kind: ref(kind),
  operator: ref(z.string()),
  addressLine1: ref(z.string()),
  addressLine2: ref(z.string()),
  town: ref(z.string()),
  postcode: ref(z.string()),
  phone: ref(z.string()),
  visitingArrangements: ref(z.string()),
  legalVisitArrangements: ref(z.string()),
  securityContactName: contact(z.string().nullable()),
  securityContactPhone: contact(z.string().nullable()),
  securityContactEmail: contact(z.string().nullable()),
  clusterId: ref(z.string().nullable()),
  clusterName: ref(z.string().nullable()),
  regionName: ref(z.string().nullable()),
  notes: ref(z.string()),
  archived: ref(z.boolean()),
  updatedAt: ref(z.string()),
});
export type Establishment = z.infer<typeof establishmentSchema>;

const listRow = z.object({
  id: ref(z.string()),
  name: ref(z.string()),
  kind: ref(kind),
  town: ref(z.string()),
  clusterId: ref(z.string().nullable()),
  clusterName: ref(z.string().nullable()),
  regionName: ref(z.string().nullable()),
  archived: ref(z.boolean()),
});
export type EstablishmentRow = z.infer<typeof listRow>;

export const establishmentListInput = z
  .object({
    search: safeText({ subject: 'The search', max: 80 }).optional(),
    kind: kind.optional(),
    clusterId: id.optional(),
    regionId: id.optional(),
    includeArchived: z.boolean().default(false),
    sortBy: z.enum(ESTABLISHMENT_SORTS).default('name'),
    sortDir: z.enum(['asc', 'desc']).default('asc'),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(200).default(50),
  })
  .strict();

const clusterSchema = z.object({
  id: ref(z.string()),
  name: ref(z.string()),
  regionId: ref(z.string()),
  regionName: ref(z.string()),
  notes: ref(z.string()),
  establishments: ref(z.number()),
});
export type Cluster = z.infer<typeof clusterSchema>;
const regionSchema = z.object({
  id: ref(z.string()),
  name: ref(z.string()),
  notes: ref(z.string()),
  clusters: ref(z.number()),
  establishments: ref(z.number()),
});
export type Region = z.infer<typeof regionSchema>;

const UUID = '00000000-0000-4000-8000-000000000000';
const valid = { name: 'HMP Northmoor', kind: 'prison' } as const;

export const establishmentsChannels = defineArea('establishments', {
  list: {
    kind: 'read',
    input: establishmentListInput,
    output: z.object({
      total: ref(z.number()),
      page: ref(z.number()),
      pageSize: ref(z.number()),
      items: z.array(listRow),
    }),
    classes: ['reference'],
    access: 'signed-in',
    label: 'Looked at the list of establishments',
    summary: 'Establishments, filtered, sorted and a page at a time.',
    examples: {
      valid: [{}, { search: 'moor', kind: 'prison', sortBy: 'town', page: 2 }],
      invalid: [
        { page: 0 },
        { pageSize: 1000 },
        { sortBy: 'postcode' },
        { kind: 'castle' },
        { search: 'a\u202Eb' },
      ],
    },
  },
  get: {
    kind: 'read',
    input: z.object({ id }).strict(),
    output: establishmentSchema,
    classes: ['reference', 'contact'],
    access: 'signed-in',
    label: 'Looked at an establishment',
    summary: 'One establishment in full.',
    examples: { valid: [{ id: UUID }], invalid: [{}, { id: 'x' }] },
  },
  create: {
    kind: 'write',
    input: establishmentFields,
    output: establishmentSchema,
    classes: ['reference', 'contact'],
    access: ['coordinator'],
    label: 'Added an establishment',
    summary: 'Add an establishment.',
    examples: {
      valid: [valid],
      invalid: [
        {},
        { ...valid, kind: 'castle' },
        { ...valid, postcode: 'nowhere' },
        { ...valid, name: 'x\u0007' },
      ],
    },
  },
  update: {
    kind: 'write',
    input: establishmentFields.extend({ id }),
    output: establishmentSchema,
    classes: ['reference', 'contact'],
    access: ['coordinator'],
    label: 'Changed an establishment',
    summary: 'Change an establishment’s details.',
    examples: {
      valid: [{ ...valid, id: UUID }],
      invalid: [valid, { ...valid, id: UUID, securityContactEmail: 'not an email' }],
    },
  },
  setArchived: {
    kind: 'write',
    input: z.object({ id, archived: z.boolean() }).strict(),
    output: establishmentSchema,
    classes: ['reference', 'contact'],
    access: ['coordinator'],
    label: 'Archived or restored an establishment',
    summary: 'Archive an establishment no longer used (it stays on old records), or bring it back.',
    examples: {
      valid: [{ id: UUID, archived: true }],
      invalid: [{ id: UUID }, { id: UUID, archived: 'yes' }],
    },
  },
  clusters: {
    kind: 'read',
    input: z.object({}).strict(),
    output: z.array(clusterSchema),
    classes: ['reference'],
    access: 'signed-in',
    label: 'Looked at the clusters',
    summary: 'Every cluster with its region and how many establishments it has.',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
  saveCluster: {
    kind: 'write',
    input: z
      .object({
        id: id.optional(),
        name: line('The cluster name', 80).min(2, 'Enter the cluster’s name.'),
        regionId: id,
        notes: notes('Notes'),
      })
      .strict(),
    output: clusterSchema,
    classes: ['reference'],
    access: ['coordinator'],
    label: 'Saved a cluster',
    summary: 'Add or change a cluster of establishments (a lead mentor’s patch).',
    examples: {
      valid: [{ name: 'North cluster', regionId: UUID }],
      invalid: [{ name: 'N' }, { name: 'North', regionId: 'x' }],
    },
  },
  regions: {
    kind: 'read',
    input: z.object({}).strict(),
    output: z.array(regionSchema),
    classes: ['reference'],
    access: 'signed-in',
    label: 'Looked at the regions',
    summary: 'Every region with its numbers of clusters and establishments.',
    examples: { valid: [{}], invalid: [{ all: true }] },
  },
  saveRegion: {
    kind: 'write',
    input: z
      .object({
        id: id.optional(),
        name: line('The region name', 80).min(2, 'Enter the region’s name.'),
        notes: notes('Notes'),
      })
      .strict(),
    output: regionSchema,
    classes: ['reference'],
    access: ['coordinator'],
    label: 'Saved a region',
    summary: 'Add or change a region.',
    examples: { valid: [{ name: 'North West' }], invalid: [{}, { name: '' }] },
  },
});
