import { z } from 'zod';
import { classed, defineArea } from './define';
import { email, id, optionalDay, phone, postcode, realDay, safeText } from './common';
import { attachmentUpload } from '../files/attachment';
import { REFERRAL_SOURCES } from '../mentees/referral';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, LIAISON_METHODS, PARTNER_KINDS } from '../partners/partners';

/**
 * Partner agencies (standard 5): how to reach them, their link workers, the protocols and service
 * agreements with review dates (and the signed copy, kept in the database), dated liaison
 * contacts, and how many referrals came from each. An agency's own details, agreements and counts
 * are `reference`; named link workers and liaison notes are `contact`. Co-ordinators manage
 * partners and agreements; caseworkers read them and record their own liaison with them.
 */
const ref = <S extends z.ZodType>(s: S) => classed('reference', s);
const contact = <S extends z.ZodType>(s: S) => classed('contact', s);

const line = (subject: string, max = 120) => safeText({ subject, max }).optional().default('');
const notes = (subject: string, max = 2000) =>
  safeText({ subject, max, multiLine: true }).optional().default('');
const kind = z.enum(PARTNER_KINDS, { message: 'Choose the kind of agency.' });
const agreementKind = z.enum(AGREEMENT_KINDS, { message: 'Choose the kind of agreement.' });
const agreementStatus = z.enum(AGREEMENT_STATUSES, { message: 'Choose draft, in force or ended.' });
const method = z.enum(LIAISON_METHODS, { message: 'Choose how the contact was made.' });
const referralSource = z.enum(REFERRAL_SOURCES, { message: 'Choose a referral source from the list.' });

export const partnerFields = z
  .object({
    name: safeText({ subject: 'The name', max: 120, required: 'Enter the agency’s name.' }).refine(
      (v) => v.length >= 2,
      'Enter the agency’s name.',
    ),
    kind,
    establishmentId: id.nullable().optional().default(null),
    addressLine1: line('The address'),
    addressLine2: line('The address'),
    town: line('The town', 80),
    postcode,
    phone,
    email,
    notes: notes('Notes'),
    referralSource: referralSource.nullable().optional().default(null),
    referralNames: z
      .array(safeText({ subject: 'An agency name', max: 120, required: 'An agency name cannot be empty.' }))
      .max(10, 'List at most 10 names.')
      .optional()
      .default([]),
  })
  .strict();
export type PartnerFields = z.input<typeof partnerFields>;

export const linkWorkerFields = z
  .object({
    name: safeText({ subject: 'The name', max: 100, required: 'Enter the link worker’s name.' }),
    role: line('The role', 100),
    phone,
    email,
  })
  .strict();

export const agreementFields = z
  .object({
    title: safeText({ subject: 'The title', max: 150, required: 'Enter the agreement’s title.' }),
    kind: agreementKind,
    status: agreementStatus,
    signedOn: optionalDay,
    reviewOn: optionalDay,
    notes: notes('Notes', 1000),
  })
  .strict();

export const liaisonFields = z
  .object({
    contactedOn: realDay('Enter the date of the contact as day/month/year.'),
    contactWith: line('Who the contact was with', 120),
    method,
    about: safeText({
      subject: 'What it was about',
      max: 1000,
      multiLine: true,
      required: 'Say briefly what the contact was about.',
    }),
    followUp: notes('The follow-up', 1000),
  })
  .strict();

const linkWorker = z.object({
  id: contact(z.string()),
  name: contact(z.string()),
  role: contact(z.string()),
  phone: contact(z.string()),
  email: contact(z.string()),
});
export type LinkWorker = z.infer<typeof linkWorker>;

const agreement = z.object({
  id: ref(z.string()),
  title: ref(z.string()),
  kind: ref(agreementKind),
  status: ref(agreementStatus),
  signedOn: ref(z.string().nullable()),
  reviewOn: ref(z.string().nullable()),
  notes: ref(z.string()),
  inDate: ref(z.boolean()),
  document: ref(z.object({ fileName: z.string(), contentType: z.string(), size: z.number() }).nullable()),
});
export type Agreement = z.infer<typeof agreement>;

const liaison = z.object({
  id: contact(z.string()),
  contactedOn: contact(z.string()),
  contactWith: contact(z.string()),
  method: contact(method),
  about: contact(z.string()),
  followUp: contact(z.string()),
  recordedByName: contact(z.string()),
  recordedAt: contact(z.string()),
});
export type Liaison = z.infer<typeof liaison>;

const referrals = z.object({
  thisYear: ref(z.number()),
  allTime: ref(z.number()),
  /** The first day of the financial year "this year" counts from. */
  yearFrom: ref(z.string()),
});

export const partnerSchema = z.object({
  id: ref(z.string()),
  name: ref(z.string()),
  kind: ref(kind),
  establishmentId: ref(z.string().nullable()),
  establishmentName: ref(z.string().nullable()),
  addressLine1: ref(z.string()),
  addressLine2: ref(z.string()),
  town: ref(z.string()),
  postcode: ref(z.string()),
  phone: ref(z.string()),
  email: ref(z.string()),
  notes: ref(z.string()),
  referralSource: ref(referralSource.nullable()),
  referralNames: ref(z.array(z.string())),
  referrals,
  linkWorkers: z.array(linkWorker),
  agreements: z.array(agreement),
  liaison: z.array(liaison),
  updatedAt: ref(z.string()),
});
export type Partner = z.infer<typeof partnerSchema>;

const listRow = z.object({
  id: ref(z.string()),
  name: ref(z.string()),
  kind: ref(kind),
  town: ref(z.string()),
  inDateAgreement: ref(z.boolean()),
  nextReviewOn: ref(z.string().nullable()),
  referralsThisYear: ref(z.number()),
  referralsAllTime: ref(z.number()),
  liaisonThisQuarter: ref(z.number()),
});
export type PartnerRow = z.infer<typeof listRow>;

const UUID = '00000000-0000-4000-8000-000000000000';
const READERS = ['coordinator', 'caseworker', 'safeguarding_lead'] as const;
const validPartner = { name: 'Northtown Youth Offending Team', kind: 'yot' } as const;
const validAgreement = { partnerId: UUID, title: 'Referral protocol', kind: 'protocol', status: 'in_force' };
const validLiaison = { partnerId: UUID, contactedOn: '2026-01-12', method: 'phone', about: 'Referral route' };
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export const partnersChannels = defineArea('partners', {
  list: {
    kind: 'read',
    input: z
      .object({
        search: safeText({ subject: 'The search', max: 80 }).optional(),
        kind: kind.optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({
      total: ref(z.number()),
      page: ref(z.number()),
      pageSize: ref(z.number()),
      yearFrom: ref(z.string()),
      quarter: z.object({
        from: ref(z.string()),
        to: ref(z.string()),
        liaisonContacts: ref(z.number()),
      }),
      items: z.array(listRow),
    }),
    classes: ['reference'],
    access: [...READERS],
    label: 'Looked at the partner agencies',
    summary:
      'Partner agencies a page at a time, with whether an agreement is in date, the next review, referrals from them, and liaison contacts this quarter.',
    examples: {
      valid: [{}, { search: 'north', kind: 'yot', page: 2 }],
      invalid: [{ page: 0 }, { kind: 'castle' }, { search: 'a\u202Eb' }],
    },
  },
  get: {
    kind: 'read',
    input: z.object({ id }).strict(),
    output: partnerSchema,
    classes: ['reference', 'contact'],
    access: [...READERS],
    label: 'Looked at a partner agency',
    summary: 'One partner agency with its link workers, agreements, liaison contacts and referral counts.',
    examples: { valid: [{ id: UUID }], invalid: [{}, { id: 'x' }] },
  },
  save: {
    kind: 'write',
    input: partnerFields.extend({ id: id.optional() }),
    output: partnerSchema,
    classes: ['reference', 'contact'],
    access: ['coordinator'],
    label: 'Saved a partner agency',
    summary: 'Add a partner agency or change its details and which referrals count as coming from it.',
    examples: {
      valid: [
        validPartner,
        { ...validPartner, referralSource: 'youth_offending_team', referralNames: ['Northtown YOT'] },
      ],
      invalid: [
        {},
        { ...validPartner, kind: 'castle' },
        { ...validPartner, email: 'not an email' },
        { ...validPartner, referralSource: 'friend' },
        { ...validPartner, referralNames: [' '] },
      ],
    },
  },
  saveLinkWorker: {
    kind: 'write',
    input: linkWorkerFields.extend({ partnerId: id, id: id.optional() }),
    output: partnerSchema,
    classes: ['reference', 'contact'],
    access: ['coordinator'],
    label: 'Saved a partner’s link worker',
    summary: 'Add or change a named link worker at a partner agency.',
    examples: {
      valid: [{ partnerId: UUID, name: 'Dana Example' }],
      invalid: [{ partnerId: UUID }, { partnerId: UUID, name: 'Dana', phone: 'call me' }],
    },
  },
  removeLinkWorker: {
    kind: 'write',
    input: z.object({ id }).strict(),
    output: partnerSchema,
    classes: ['reference', 'contact'],
    access: ['coordinator'],
    label: 'Removed a partner’s link worker',
    summary: 'Remove a link worker who has moved on (their details are deleted).',
    examples: { valid: [{ id: UUID }], invalid: [{}, { id: 'x' }] },
  },
  saveAgreement: {
    kind: 'write',
    input: agreementFields.extend({ partnerId: id, id: id.optional() }),
    output: partnerSchema,
    classes: ['reference', 'contact'],
    access: ['coordinator'],
    invalidates: ['partners', 'workqueue'],
    label: 'Saved a partner agreement',
    summary:
      'Add or change a protocol or service agreement with a partner: kind, status, signed and review dates.',
    examples: {
      valid: [validAgreement, { ...validAgreement, signedOn: '2025-04-01', reviewOn: '2026-04-01' }],
      invalid: [
        { partnerId: UUID },
        { ...validAgreement, kind: 'handshake' },
        { ...validAgreement, reviewOn: '2026-02-30' },
        { ...validAgreement, status: 'maybe' },
      ],
    },
  },
  attachAgreementDocument: {
    kind: 'write',
    input: z.object({ id, file: attachmentUpload }).strict(),
    output: partnerSchema,
    classes: ['reference', 'contact'],
    access: ['coordinator'],
    label: 'Attached a partner agreement’s document',
    summary: 'Keep the signed copy of an agreement (a PDF or a picture, 5 MB at most) inside the database.',
    examples: {
      valid: [{ id: UUID, file: { fileName: 'protocol.png', base64: PNG } }],
      invalid: [
        { id: UUID },
        { id: UUID, file: { fileName: 'notes.txt', base64: 'aGVsbG8gd29ybGQ=' } },
        { id: UUID, file: { fileName: '', base64: PNG } },
      ],
    },
  },
  agreementDocument: {
    kind: 'read',
    input: z.object({ id }).strict(),
    output: z.object({
      fileName: ref(z.string()),
      contentType: ref(z.string()),
      base64: ref(z.string()),
    }),
    classes: ['reference'],
    access: [...READERS],
    label: 'Opened a partner agreement’s document',
    summary: 'The signed copy of an agreement, to view.',
    examples: { valid: [{ id: UUID }], invalid: [{}, { id: 'x' }] },
  },
  recordLiaison: {
    kind: 'write',
    input: liaisonFields.extend({ partnerId: id }),
    output: partnerSchema,
    classes: ['reference', 'contact'],
    access: ['coordinator', 'caseworker'],
    label: 'Recorded a liaison contact with a partner',
    summary: 'Record a contact with a partner agency: when, with whom, how, about what and the follow-up.',
    examples: {
      valid: [validLiaison],
      invalid: [
        { partnerId: UUID },
        { ...validLiaison, method: 'pigeon' },
        { ...validLiaison, about: '' },
        { ...validLiaison, contactedOn: '12/01/2026' },
      ],
    },
  },
});
