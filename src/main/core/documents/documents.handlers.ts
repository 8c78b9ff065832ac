import { contract } from '../../../shared/contract';
import { CoreError } from '../../../shared/errors';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers, type PrepareContext, type RunContext } from '../ipc/handler.types';
import { laneFor, newJobId, type JobLane } from '../jobs/job-lane';
import type { JobImpl } from '../jobs/job.types';
import {
  agreementJob,
  endingLettersJob,
  type AgreementJobInput,
  type LettersJobInput,
} from './document.jobs';
import {
  listDocuments,
  readAgreement,
  readDocument,
  readEnding,
  readParties,
  staffName,
  type MatchParties,
} from './document.queries';

const lane = (vault: PrepareContext['vault']): JobLane => {
  const found = laneFor(vault);
  if (!found) throw new CoreError('INTERNAL', 'The job lane is not running.');
  return found;
};

/** Every channel about one match is checked against the match's scope; writes need the full view. */
const matchScope = {
  recordType: 'match',
  recordId: (i: { matchId: string }) => i.matchId,
  needsFullView: true,
};

const programmeName = (ctx: PrepareContext) =>
  ctx.vault.organisationName()?.trim() || 'The mentoring programme';

async function partiesOf(ctx: RunContext, matchId: string): Promise<MatchParties> {
  const parties = await readParties(ctx.em, matchId);
  if (!parties) throw new CoreError('NOT_FOUND', 'That match does not exist.');
  return parties;
}

interface Prepared {
  jobId: string;
}

/**
 * Starting a render is one audited call about one match: it checks there is something to render,
 * reads it, and reserves the job with what it read; the job starts once the call has committed
 * (`after`), and never starts if the call fails (`abort`).
 */
function startsJob(impl: JobImpl) {
  return {
    prepare: (): Prepared => ({ jobId: newJobId() }),
    after: async (ctx: PrepareContext, output: { jobId: string }) => {
      if (ctx.caller) lane(ctx.vault).begin(output.jobId, ctx.caller.accountId);
    },
    abort: async (ctx: PrepareContext, prepared: Prepared | undefined) => {
      if (prepared) lane(ctx.vault).release(prepared.jobId);
    },
    reserve(ctx: RunContext, prepared: Prepared, input: AgreementJobInput | LettersJobInput) {
      lane(ctx.vault).reserve(prepared.jobId, impl, input);
      return { jobId: prepared.jobId };
    },
  };
}

const agreementStart = startsJob(agreementJob);
const lettersStart = startsJob(endingLettersJob);

export const documentsHandlers = defineHandlers(contract.documents, {
  renderAgreement: {
    scope: matchScope,
    prepare: agreementStart.prepare,
    async run(ctx, input, prepared: Prepared) {
      const parties = await partiesOf(ctx, input.matchId);
      const agreement = await readAgreement(ctx.em, input.matchId);
      if (!agreement) {
        throw new CoreError('GATE_NOT_MET', 'There is no agreement to print yet.', {
          unmet: ['Save the agreement (aim, objectives, ground rules and arrangements) first.'],
        });
      }
      const { meetingHeldOn, ...terms } = agreement;
      return agreementStart.reserve(ctx, prepared, {
        matchId: parties.id,
        reference: parties.reference,
        createdBy: ctx.caller!.accountId,
        at: ctx.now.toISOString(),
        source: {
          ...terms,
          programme: programmeName(ctx),
          reference: parties.reference,
          mentorName: parties.mentorName,
          menteeName: parties.menteeName,
          madeOn: meetingHeldOn,
          producedOn: ukToday(ctx.now),
        },
      });
    },
    after: agreementStart.after,
    abort: agreementStart.abort,
    audit: (input) => ({ recordType: 'match', recordId: input.matchId, detail: 'agreement' }),
  },

  renderEndingLetters: {
    scope: matchScope,
    prepare: lettersStart.prepare,
    async run(ctx, input, prepared: Prepared) {
      const parties = await partiesOf(ctx, input.matchId);
      const ending = parties.stage === 'ended' ? await readEnding(ctx.em, input.matchId) : null;
      if (!ending) {
        throw new CoreError('GATE_NOT_MET', 'Ending letters are written once a match has ended.', {
          unmet: ['Record the ending of this match first.'],
        });
      }
      return lettersStart.reserve(ctx, prepared, {
        matchId: parties.id,
        reference: parties.reference,
        createdBy: ctx.caller!.accountId,
        at: ctx.now.toISOString(),
        source: {
          programme: programmeName(ctx),
          reference: parties.reference,
          mentorName: parties.mentorName,
          mentorFirstName: parties.mentorFirstName,
          menteeName: parties.menteeName,
          menteeFirstName: parties.menteeFirstName,
          caseManagerName: parties.caseManagerName,
          activeOn: parties.activeOn,
          endedOn: ending.endedOn,
          planned: ending.kind === 'planned',
          continuesInformally: ending.continuesInformally,
          fromName: await staffName(ctx.em, ctx.caller!.accountId),
          producedOn: ukToday(ctx.now),
        },
      });
    },
    after: lettersStart.after,
    abort: lettersStart.abort,
    audit: (input) => ({ recordType: 'match', recordId: input.matchId, detail: 'ending_letters' }),
  },

  list: {
    scope: matchScope,
    run: async ({ em }, input) => ({ documents: await listDocuments(em, input.matchId) }),
    audit: (input) => ({ recordType: 'match', recordId: input.matchId }),
  },

  read: {
    scope: { recordType: 'match_document', recordId: (i) => i.documentId, needsFullView: true },
    async run({ em }, input) {
      const doc = await readDocument(em, input.documentId);
      if (!doc) throw new CoreError('NOT_FOUND', 'That document does not exist.');
      return doc;
    },
    audit: (input, output) => ({
      recordType: 'match_document',
      recordId: input.documentId,
      detail: output?.kind ?? null,
    }),
  },
});
