import type { EntityManager } from 'typeorm';
import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { CoreError } from '../../../shared/errors';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import { readSettings } from '../settings/settings.service';
import { menteeScope } from './mentee.scope';
import { menteeDueItems } from './mentee.due.queries';
import { listMentees, possibleMenteeDuplicates } from './mentee.list.queries';
import { getMentee, insertMentee, insertReferral, updateMentee } from './mentee.queries';
import {
  acknowledgeReferral,
  assignCaseworker,
  caseworkerAccounts,
  menteeReadiness,
  moveMenteeStage,
  recordMove,
  referralCriteria,
  saveReferralCriterion,
} from './mentee.stage.queries';

const target = (id: string | undefined | null, detail?: string) => ({
  recordType: 'mentee',
  recordId: id ?? null,
  detail: detail ?? null,
});
/** Reads: the caseload scope narrows what a caseworker sees of someone else's mentee. */
const one = { recordType: 'mentee', recordId: (i: { id: string }) => i.id };
/**
 * Writes: only those who see the record in full. A directory view (a caseworker and someone
 * else's mentee) is refused before the handler runs, not merely narrowed.
 */
const mine = { ...one, needsFullView: true };
// Signed-in channels always have a caller; the pipeline refuses the call before `run` otherwise.
const who = (caller: Caller | null): Caller => caller!;
const subjectOf = (caller: Caller | null) => ({ accountId: who(caller).accountId, roles: who(caller).roles });

/**
 * Whoever records a referral must be able to open it again: if their scope would not show it in
 * full (a caseworker's referral), it joins their caseload.
 */
async function ownIfUnseen(em: EntityManager, id: string, caller: Caller | null): Promise<void> {
  const views = await menteeScope.views(em, subjectOf(caller), [id]);
  if (views.get(id) !== 'full')
    await em.query('UPDATE mentee SET caseworker_account_id = ? WHERE id = ?', [who(caller).accountId, id]);
}

const duplicateRefusal = (sameBirthOrNumber: boolean) =>
  new CoreError(
    'CONFLICT',
    sameBirthOrNumber
      ? 'Someone with this prison number, or this name and date of birth, is already recorded. Open their record, or confirm this is a different person.'
      : 'Someone with a very similar name is already recorded. Check it is not the same person, then confirm to add them.',
  );

export const menteesHandlers = defineHandlers(contract.mentees, {
  list: {
    run: ({ em, now, caller }, input) => listMentees(em, input, subjectOf(caller), ukToday(now)),
    scope: { recordType: 'mentee', rows: 'items' },
  },
  get: {
    run: ({ em, now }, input) => getMentee(em, input.id, ukToday(now)),
    // Whose criminal-offence data was read: the audit row names the record.
    audit: (input) => target(input.id),
    scope: one,
  },
  readiness: {
    run: ({ em, now }, input) => menteeReadiness(em, input.id, ukToday(now)),
    audit: (input) => target(input.id),
    scope: one,
  },
  referralCriteria: { run: ({ em }, input) => referralCriteria(em, input.includeArchived) },
  saveReferralCriterion: {
    run: ({ em }, input) => saveReferralCriterion(em, input),
    audit: (input, output) => ({
      recordType: 'referral_criterion',
      recordId: output?.id ?? input.id ?? null,
    }),
  },
  possibleDuplicates: { run: ({ em }, input) => possibleMenteeDuplicates(em, input) },
  create: {
    run: async ({ em, now, caller }, { mentee, referral, allowDuplicate }) => {
      if (!allowDuplicate) {
        const found = await possibleMenteeDuplicates(em, mentee);
        if (found.length) throw duplicateRefusal(found.some((d) => d.sameDateOfBirth || d.samePrisonNumber));
      }
      const { id } = await insertMentee(em, mentee, now, who(caller).accountId, {
        referredOn: referral.referredOn,
      });
      await ownIfUnseen(em, id, caller);
      await insertReferral(em, id, referral, now);
      return getMentee(em, id, ukToday(now));
    },
    audit: (input, output) => target(output?.id, input.allowDuplicate ? 'duplicate confirmed' : undefined),
  },
  selfReferral: {
    run: async ({ em, now, caller }, input) => {
      const { id } = await insertMentee(
        em,
        {
          firstName: input.firstName,
          lastName: input.lastName,
          preferredName: '',
          dateOfBirth: null,
          gender: '',
          addressOnRelease: '',
          homeArea: '',
          employmentStatus: 'not_known',
          familyBackground: '',
          prisonNumber: input.prisonNumber,
          establishmentId: input.establishmentId,
          custodyStatus: 'sentenced',
          sentenceType: null,
          sentenceMonths: null,
          offenceCategory: null,
          expectedRelease: null,
          confirmedRelease: null,
          licenceEnd: null,
          caseManagerName: '',
          caseManagerContact: '',
          learningStyle: null,
          interests: [],
          languages: [],
          accessibleFormat: false,
          adaptations: '',
          consentGivenOn: null,
          consentHow: null,
          notes: '',
        },
        now,
        who(caller).accountId,
        { referredOn: input.receivedOn },
      );
      await ownIfUnseen(em, id, caller);
      await insertReferral(
        em,
        id,
        {
          source: 'self_referral',
          agency: '',
          referrerName: '',
          referrerContact: '',
          referredOn: input.receivedOn,
          criteriaMet: [],
          reason: '',
          hopes: input.wantsHelpWith,
          // Asking for a mentor oneself is voluntary by its nature.
          notALicenceCondition: true,
          // What they asked for is in `hopes`; where the slip says they are stays here.
          selfReferralNote: input.location ? `Wing or location: ${input.location}` : '',
        },
        now,
      );
      return getMentee(em, id, ukToday(now));
    },
    audit: (_input, output) => target(output?.id, 'self-referral'),
  },
  update: {
    run: async ({ em, now }, { id, ...fields }) => {
      await updateMentee(em, id, fields, now);
      return getMentee(em, id, ukToday(now));
    },
    audit: (input) => target(input.id),
    scope: mine,
  },
  acknowledgeReferral: {
    run: async ({ em, now, caller }, input) => {
      await acknowledgeReferral(em, input, now, who(caller).accountId);
      return getMentee(em, input.id, ukToday(now));
    },
    audit: (input) => target(input.id),
    scope: mine,
  },
  moveStage: {
    run: async ({ em, now, caller }, input) => {
      const today = ukToday(now);
      await moveMenteeStage(em, input, now, today, who(caller).accountId);
      return getMentee(em, input.id, today);
    },
    audit: (input) => target(input.id, `to ${input.stage}`),
    scope: mine,
  },
  recordMove: {
    run: async ({ em, now, caller }, input) => {
      await recordMove(em, input, now, who(caller).accountId);
      return getMentee(em, input.id, ukToday(now));
    },
    audit: (input) => target(input.id, 'establishment move'),
    scope: mine,
  },
  assignCaseworker: {
    run: async ({ em, now }, input) => {
      await assignCaseworker(em, input, now);
      return getMentee(em, input.id, ukToday(now));
    },
    audit: (input) =>
      target(input.id, input.caseworkerAccountId ? 'caseworker assigned' : 'caseworker removed'),
    scope: mine,
  },
  caseworkerAccounts: { run: ({ em }) => caseworkerAccounts(em) },
  dueItems: {
    run: async ({ em, now, caller }) => {
      const { thresholds } = await readSettings(em);
      return { items: await menteeDueItems(em, ukToday(now), thresholds, subjectOf(caller)) };
    },
    scope: { recordType: 'mentee', rows: 'items' },
  },
});
