import { col, defineTable } from '../db/table';

const BASIS =
  'UK GDPR Art. 6(1)(e) public task / 6(1)(c) legal obligation: protecting children and adults at risk.';
const CONDITION =
  'Art. 9(2)(g) and Art. 10 with DPA 2018 Sch. 1 para. 18 (safeguarding of children and individuals at risk), under an appropriate policy document.';
const RETENTION =
  'Kept for as long as the local safeguarding partnership requires (child protection: until the child is 25 at least), then deleted.';

/**
 * A concern or disclosure. Only its reference, status and the day it was raised are `directory`
 * (a co-ordinator sees that it exists and where it stands); everything else is `safeguarding`.
 */
export const safeguardingConcernTable = defineTable('safeguarding_concern', {
  purpose: 'Safeguarding concerns and disclosures: what was raised, referrals, actions and outcome.',
  lawfulBasis: BASIS,
  specialCondition: CONDITION,
  retention: RETENTION,
  columns: {
    id: col.id('directory'),
    reference: col.text('directory', { unique: true }),
    status: col.text('directory'),
    raisedOn: col.text('directory'),
    raisedBy: col.text('safeguarding'),
    raisedAt: col.text('safeguarding'),
    kind: col.text('safeguarding'),
    aboutKind: col.text('safeguarding'),
    aboutName: col.text('safeguarding'),
    menteeId: col.text('safeguarding', { nullable: true }),
    mentorId: col.text('safeguarding', { nullable: true }),
    disclosure: col.text('safeguarding'),
    immediateAction: col.text('safeguarding'),
    laReferredOn: col.text('safeguarding', { nullable: true }),
    laReference: col.text('safeguarding'),
    laContact: col.text('safeguarding'),
    policeReferredOn: col.text('safeguarding', { nullable: true }),
    policeReference: col.text('safeguarding'),
    policeContact: col.text('safeguarding'),
    nextActionDue: col.text('safeguarding', { nullable: true }),
    lastActionOn: col.text('safeguarding', { nullable: true }),
    outcome: col.text('safeguarding'),
    closedOn: col.text('safeguarding', { nullable: true }),
    updatedAt: col.text('system'),
  },
});

export const safeguardingActionTable = defineTable('safeguarding_action', {
  purpose: 'The dated actions taken on a safeguarding concern.',
  lawfulBasis: BASIS,
  specialCondition: CONDITION,
  retention: RETENTION,
  columns: {
    id: col.id('safeguarding'),
    concernId: col.text('safeguarding'),
    takenOn: col.text('safeguarding'),
    description: col.text('safeguarding'),
    recordedBy: col.text('safeguarding'),
    recordedAt: col.text('system'),
  },
});
