import { contract } from '../../../shared/contract';
import { ukToday } from '../../../shared/mentors/dates';
import { defineHandlers, type Caller } from '../ipc/handler.types';
import { readSettings } from '../settings/settings.service';
import { matchingPool } from './matching.pool.queries';
import { proposeMatch, suggestionsFor } from './matching.suggest.queries';

// Channels limited to roles always have a caller; the pipeline refuses the call before `run` otherwise.
const who = (caller: Caller | null): Caller => caller!;
/** Suggestions and proposals are casework about one mentee: the caller must see them in full. */
const mentee = {
  recordType: 'mentee',
  recordId: (i: { menteeId: string }) => i.menteeId,
  needsFullView: true,
};

export const matchingHandlers = defineHandlers(contract.matching, {
  pool: {
    run: async ({ em, now, caller }, input) => {
      const { thresholds } = await readSettings(em);
      const subject = { accountId: who(caller).accountId, roles: who(caller).roles };
      return matchingPool(em, input, subject, ukToday(now), thresholds.matchMonthsBeforeRelease);
    },
    scope: { recordType: 'mentee', rows: 'items' },
  },
  suggestions: {
    run: async ({ em, now }, input) => {
      const { thresholds } = await readSettings(em);
      return suggestionsFor(em, input.menteeId, thresholds, ukToday(now));
    },
    audit: (input) => ({ recordType: 'mentee', recordId: input.menteeId }),
    scope: mentee,
  },
  propose: {
    run: async ({ em, now, caller }, input) => {
      const { thresholds } = await readSettings(em);
      return proposeMatch(em, input, thresholds, ukToday(now), now, who(caller).accountId);
    },
    // Passing over a higher-ranked mentor is part of the record of the decision. The audit row says
    // that it happened; the reason itself is casework, kept on the match (override_reason), because
    // administrators read the audit log and may not read casework.
    audit: (input, output) => ({
      recordType: 'match',
      recordId: output?.id ?? null,
      detail: input.overrideReason.trim()
        ? 'chosen over a higher-ranked mentor; reason kept on the match'
        : null,
    }),
    scope: mentee,
  },
});
