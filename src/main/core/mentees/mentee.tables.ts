import { col, defineTable, type RowOf } from '../db/table';

const CASEWORK =
  'UK GDPR Art. 6(1)(e) public task / 6(1)(f) legitimate interests: resettlement mentoring of people in custody and after release.';
const CRIMINAL =
  'Criminal offence data (Art. 10): DPA 2018 Sch. 1 para. 10 (preventing or detecting unlawful acts: rehabilitation) and para. 18 (safeguarding), under an appropriate policy document; equality answers under Art. 9(2)(g) with Sch. 1 para. 8.';
const RETENTION =
  'Six years after the mentoring ends (or the referral closes without a match), then deleted; equality answers only in aggregate after that.';

export const menteeTable = defineTable('mentee', {
  purpose:
    'People referred for a mentor: identity, release plans, sentence, where they are held, who works with them and what they need.',
  lawfulBasis: CASEWORK,
  specialCondition: CRIMINAL,
  retention: RETENTION,
  columns: {
    id: col.id('directory'),
    firstName: col.text('directory'),
    lastName: col.text('directory'),
    preferredName: col.text('directory'),
    nameKey: col.text('directory'),
    /** The programme's own reference (e.g. M-2026-0042), safe to say on the phone. */
    reference: col.text('directory', { unique: true }),
    stage: col.text('directory'),
    stageSince: col.text('directory'),
    dateOfBirth: col.text('contact', { nullable: true }),
    gender: col.text('contact'),
    addressOnRelease: col.text('contact'),
    homeArea: col.text('contact'),
    ethnicity: col.text('equality', { nullable: true }),
    disability: col.text('equality', { nullable: true }),
    employmentStatus: col.text('contact'),
    familyBackground: col.text('contact'),
    prisonNumber: col.text('criminal', { nullable: true }),
    establishmentId: col.text('directory', { nullable: true }),
    custodyStatus: col.text('criminal'),
    sentenceType: col.text('criminal', { nullable: true }),
    sentenceMonths: col.integer('criminal', { nullable: true }),
    offenceCategory: col.text('criminal', { nullable: true }),
    expectedRelease: col.text('criminal', { nullable: true }),
    confirmedRelease: col.text('criminal', { nullable: true }),
    licenceEnd: col.text('criminal', { nullable: true }),
    caseManagerName: col.text('contact'),
    caseManagerContact: col.text('contact'),
    /** The caseworker whose caseload this is: decides who sees the full record. */
    caseworkerAccountId: col.text('directory', { nullable: true }),
    learningStyle: col.text('contact', { nullable: true }),
    /** JSON array of short strings. */
    interests: col.text('contact'),
    /** JSON array of languages the mentee speaks, for matching. */
    languages: col.text('contact'),
    /** Information given in an accessible format (literacy, learning needs, language), and how. */
    accessibleFormat: col.boolean('special'),
    adaptations: col.text('special'),
    consentGivenOn: col.text('contact', { nullable: true }),
    consentHow: col.text('contact', { nullable: true }),
    notes: col.text('contact'),
    /** Derived by triggers (migration 012): the review date of the latest risk assessment, for the work queue. */
    riskReviewDue: col.text('criminal', { nullable: true }),
    /** Derived by triggers (migration 012): how many induction items are ticked, for the work queue. */
    inductionDone: col.integer('directory'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});
export type MenteeDbRow = RowOf<typeof menteeTable.columns>;

export const menteeStageEventTable = defineTable('mentee_stage_event', {
  purpose: 'Each step of a mentee’s way from referral to a match: the stage, its date and who recorded it.',
  lawfulBasis: CASEWORK,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    id: col.id('directory'),
    menteeId: col.text('directory'),
    stage: col.text('directory'),
    onDate: col.text('directory'),
    note: col.text('contact'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});

export const menteeMoveTable = defineTable('mentee_move', {
  purpose: 'Where a mentee has been held: each move between establishments.',
  lawfulBasis: CASEWORK,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    id: col.id('directory'),
    menteeId: col.text('directory'),
    establishmentId: col.text('directory'),
    movedOn: col.text('directory'),
    note: col.text('contact'),
    recordedBy: col.text('system'),
    recordedAt: col.text('system'),
  },
});

export const menteeReferralTable = defineTable('mentee_referral', {
  purpose:
    'How a person came to the programme: who referred them, when, the criteria met, why, what they hope for, and their voluntary consent (never a licence condition).',
  lawfulBasis: CASEWORK,
  specialCondition: null,
  retention: RETENTION,
  columns: {
    id: col.id('directory'),
    menteeId: col.text('directory'),
    source: col.text('directory'),
    agency: col.text('directory'),
    referrerName: col.text('contact'),
    referrerContact: col.text('contact'),
    referredOn: col.text('directory'),
    acknowledgedOn: col.text('directory', { nullable: true }),
    /** JSON array of the criteria (their wording at the time) that were met. */
    criteriaMet: col.text('contact'),
    reason: col.text('contact'),
    hopes: col.text('contact'),
    notALicenceCondition: col.boolean('directory'),
    selfReferralNote: col.text('contact'),
    createdAt: col.text('system'),
    updatedAt: col.text('system'),
  },
});

export const referralCriterionTable = defineTable('referral_criterion', {
  lawfulBasis: 'UK GDPR Art. 6(1)(f) legitimate interests: running the mentoring service.',
  specialCondition: null,
  retention: 'For the life of the installation; not personal data.',
  purpose: 'The programme’s referral criteria, shown as a checklist on every referral.',
  columns: {
    id: col.id('reference'),
    text: col.text('reference'),
    sortOrder: col.integer('reference'),
    archived: col.boolean('reference'),
  },
});
