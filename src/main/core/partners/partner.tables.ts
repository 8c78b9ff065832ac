import { col, defineTable } from '../db/table';

const RUNNING =
  'UK GDPR Art. 6(1)(e) public task / 6(1)(f) legitimate interests: working with the agencies that refer to and support the programme.';
const ORGANISATION = 'For the life of the installation (archived, not deleted); not personal data.';
const CONTACTS = 'While the partnership lasts; a link worker’s details are removed when they move on.';

export const partnerTable = defineTable('partner', {
  purpose:
    'Partner agencies (youth offending teams, probation, prisons, police, housing, health, drug and alcohol services, employment, education, voluntary sector): how to reach them and which referrals come from them.',
  lawfulBasis: RUNNING,
  specialCondition: null,
  retention: ORGANISATION,
  columns: {
    id: col.id('reference'),
    name: col.text('reference'),
    kind: col.text('reference'),
    establishmentId: col.text('reference', { nullable: true }),
    addressLine1: col.text('reference'),
    addressLine2: col.text('reference'),
    town: col.text('reference'),
    postcode: col.text('reference'),
    phone: col.text('reference'),
    email: col.text('reference'),
    notes: col.text('reference'),
    /** The mentees' referral source this partner stands for, when it is the only one of its kind. */
    referralSource: col.text('reference', { nullable: true }),
    archived: col.boolean('reference'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const partnerReferralNameTable = defineTable('partner_referral_name', {
  purpose:
    'The referring agency names (as typed on referrals, matched in any case) that count as referrals from a partner.',
  lawfulBasis: RUNNING,
  specialCondition: null,
  retention: ORGANISATION,
  columns: {
    id: col.id('reference'),
    partnerId: col.text('reference'),
    name: col.text('reference'),
  },
});

export const partnerLinkWorkerTable = defineTable('partner_link_worker', {
  purpose: 'The named people at a partner agency the programme works with, and how to reach them.',
  lawfulBasis: RUNNING,
  specialCondition: null,
  retention: CONTACTS,
  columns: {
    id: col.id('contact'),
    partnerId: col.text('contact'),
    name: col.text('contact'),
    role: col.text('contact'),
    phone: col.text('contact'),
    email: col.text('contact'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const partnerAgreementTable = defineTable('partner_agreement', {
  purpose:
    'Protocols, service agreements, information-sharing and referral agreements with a partner: when signed, when to review, and the signed document.',
  lawfulBasis: RUNNING,
  specialCondition: null,
  retention: ORGANISATION,
  columns: {
    id: col.id('reference'),
    partnerId: col.text('reference'),
    title: col.text('reference'),
    kind: col.text('reference'),
    status: col.text('reference'),
    signedOn: col.text('reference', { nullable: true }),
    reviewOn: col.text('reference', { nullable: true }),
    notes: col.text('reference'),
    documentName: col.text('reference', { nullable: true }),
    documentType: col.text('reference', { nullable: true }),
    documentSize: col.integer('reference', { nullable: true }),
    documentSha256: col.text('reference', { nullable: true }),
    document: col.blob('reference', { nullable: true }),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const partnerLiaisonTable = defineTable('partner_liaison', {
  purpose:
    'Dated contacts with partner agencies (standard 5 counts them): with whom, how, about what, and the follow-up.',
  lawfulBasis: RUNNING,
  specialCondition: null,
  retention: 'Six years after the contact, then deleted.',
  columns: {
    id: col.id('contact'),
    partnerId: col.text('contact'),
    contactedOn: col.text('contact'),
    contactWith: col.text('contact'),
    method: col.text('contact'),
    about: col.text('contact'),
    followUp: col.text('contact'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});
